import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';

import { craftsOf, provincesOf } from '../../shared/catalogue';
import { runMutation } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import { ConnectionListSize } from '../../shared/platform/paging';
import { Agreement } from '../agreement/agreement.entity';
import { CompetencyStandard } from '../competency-standard/competency-standard.entity';
import type { TrainingContext } from '../context';
import { EnrollmentConnection } from '../enrollment/enrollment.connection';
import { EnrollmentListArgs } from '../enrollment/enrollment.inputs';
import { findEnrollmentsOf } from '../enrollment/enrollment.service';
import { Instructor } from '../instructor/instructor.entity';
import { Organization } from '../organization/organization.entity';
import { Craft } from '../reference/craft.type';
import { Province } from '../reference/province.type';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { CourseConnection } from './course.connection';
import { Course } from './course.entity';
import { CourseListArgs, CreateCourseInput, UpdateCourseInput } from './course.inputs';
import { CoursePayload } from './course.payload';
import { courseEnrollments, createCourse, findCourses, updateCourse } from './course.service';

/** Courses: lookup, listing, creation and changes, and everything a course links to. */
@Resolver(() => Course)
export class CourseResolver {
  @Query(() => Course, { nullable: true, description: 'The course with this id; null when there is none.' })
  course(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TrainingContext) {
    return context.loaders.courseById.load(id);
  }

  @ConnectionListSize()
  @Query(() => CourseConnection, {
    nullable: true,
    description: 'Courses, by start date (unannounced dates last) unless `orderBy` says otherwise.',
  })
  courses(@Args() args: CourseListArgs, @Ctx() context: TrainingContext) {
    return findCourses(context, args);
  }

  @FieldResolver(() => [Craft], { description: 'Crafts the course teaches.' })
  crafts(@Root() course: Course) {
    return craftsOf(course.craftSlugs);
  }

  @FieldResolver(() => Organization, { description: 'The organisation that provides the course.' })
  provider(@Root() course: Course, @Ctx() context: TrainingContext) {
    return context.loaders.organizationById.load(course.providerId);
  }

  @FieldResolver(() => [Organization], { description: 'Partner organisations.' })
  async partners(@Root() course: Course, @Ctx() context: TrainingContext) {
    return loadAll(context.loaders.organizationById, await context.loaders.partnerIdsByCourse.load(course.id));
  }

  @FieldResolver(() => [Province], { description: 'Provinces where classes run; several when a course runs in several places at once.' })
  async provinces(@Root() course: Course, @Ctx() context: TrainingContext) {
    return provincesOf(await context.loaders.provinceCodesByCourse.load(course.id));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Organisation that issues its certificates.' })
  certificateIssuer(@Root() course: Course, @Ctx() context: TrainingContext) {
    return course.certificateIssuerId ? context.loaders.organizationById.load(course.certificateIssuerId) : null;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement under which the course runs.' })
  agreement(@Root() course: Course, @Ctx() context: TrainingContext) {
    return course.agreementId ? context.loaders.agreementById.load(course.agreementId) : null;
  }

  @FieldResolver(() => [Instructor], { description: 'Who teaches the course.' })
  async instructors(@Root() course: Course, @Ctx() context: TrainingContext) {
    return loadAll(context.loaders.instructorById, await context.loaders.instructorIdsByCourse.load(course.id));
  }

  @FieldResolver(() => [CompetencyStandard], { description: 'Competency standards the course teaches to.' })
  async competencyStandards(@Root() course: Course, @Ctx() context: TrainingContext) {
    return loadAll(context.loaders.competencyStandardById, await context.loaders.competencyStandardIdsByCourse.load(course.id));
  }

  @FieldResolver(() => Int, { description: 'Enrolments that hold a seat (enrolled, passed or failed; not withdrawn).' })
  seatsTaken(@Root() course: Course, @Ctx() context: TrainingContext) {
    return context.loaders.seatsTakenByCourse.load(course.id);
  }

  @ConnectionListSize()
  @FieldResolver(() => EnrollmentConnection, {
    nullable: true,
    description:
      "Enrolments in the course, in the order they were made unless `orderBy` says otherwise. Personal: null with a FORBIDDEN error unless the caller is an analyst, an admin or a partner key of the course's provider.",
  })
  @UseMiddleware(courseEnrollments)
  enrollments(@Root() course: Course, @Args() args: EnrollmentListArgs, @Ctx() context: TrainingContext) {
    return findEnrollmentsOf(context, 'course', course.id, args);
  }

  @FieldResolver(() => [Source], { description: 'Reports the course facts come from.' })
  sources(@Root() course: Course, @Ctx() context: TrainingContext) {
    return sourcesOf(context, context.loaders.attributionsByCourse.load(course.id));
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the course rests on, in which report and words.' })
  attributions(@Root() course: Course, @Ctx() context: TrainingContext) {
    return attributionsOf(context, context.loaders.attributionsByCourse.load(course.id));
  }

  @Mutation(() => CoursePayload, {
    nullable: true,
    description:
      'Creates a course with its provinces and partners. Admins, and partners for a course their organisation provides, naming only their own organisation as issuer and partner and only an agreement it is party to (FORBIDDEN otherwise).',
  })
  createCourse(
    @Arg('input', () => CreateCourseInput, { description: 'What to write.' }) input: CreateCourseInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ course: await createCourse(context, input) }));
  }

  @Mutation(() => CoursePayload, {
    nullable: true,
    description: "Changes a course. Admins, and partners for their organisation's courses.",
  })
  updateCourse(
    @Arg('input', () => UpdateCourseInput, { description: 'What to write.' }) input: UpdateCourseInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ course: await updateCourse(context, input) }));
  }
}
