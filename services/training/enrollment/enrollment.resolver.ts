import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { runMutation } from '../../shared/platform/graphql';
import { Artisan } from '../artisan/artisan.entity';
import { Certificate } from '../certificate/certificate.entity';
import type { TrainingContext } from '../context';
import { Course } from '../course/course.entity';
import { Enrollment } from './enrollment.entity';
import { EnrollArtisanInput, RecordExamResultInput, WithdrawEnrollmentInput } from './enrollment.inputs';
import { EnrollmentPayload, ExamResultPayload } from './enrollment.payload';
import { enrollArtisan, recordExamResult, withdrawEnrollment } from './enrollment.service';

/** Enrolments: the artisan, course and certificate of each, and the enrolment mutations. */
@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => Artisan, { description: 'The enrolled artisan.' })
  artisan(@Root() enrollment: Enrollment, @Ctx() context: TrainingContext) {
    return context.loaders.artisanById.load(enrollment.artisanId);
  }

  @FieldResolver(() => Course, { description: 'The course.' })
  course(@Root() enrollment: Enrollment, @Ctx() context: TrainingContext) {
    return context.loaders.courseById.load(enrollment.courseId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate, once the exam is passed.' })
  certificate(@Root() enrollment: Enrollment, @Ctx() context: TrainingContext) {
    return context.loaders.certificateByEnrollment.load(enrollment.id);
  }

  @Mutation(() => EnrollmentPayload, {
    nullable: true,
    description:
      "Enrols an artisan in a course. Refuses a full course, a course that has ended, and a second enrolment of the same artisan. Admins, and partners in their organisation's courses for artisans they can already see (listed publicly, or enrolled, not withdrawn, in one of its courses); any other artisan is refused as NOT_FOUND.",
  })
  enrollArtisan(
    @Arg('input', () => EnrollArtisanInput, { description: 'What to write.' }) input: EnrollArtisanInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ enrollment: await enrollArtisan(context, input) }));
  }

  @Mutation(() => ExamResultPayload, {
    nullable: true,
    description:
      "Records a final exam result; a pass issues the certificate, exactly once. Admins, and partners in their organisation's courses for artisans they can already see (listed publicly, or enrolled, not withdrawn, in one of its courses); any other artisan is refused as NOT_FOUND.",
  })
  recordExamResult(
    @Arg('input', () => RecordExamResultInput, { description: 'What to write.' }) input: RecordExamResultInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, () => recordExamResult(context, input));
  }

  @Mutation(() => EnrollmentPayload, {
    nullable: true,
    description:
      "Withdraws an enrolment that has not passed, freeing its seat. Admins, and partners in their organisation's courses for artisans they can already see (listed publicly, or enrolled, not withdrawn, in one of its courses); any other artisan is refused as NOT_FOUND.",
  })
  withdrawEnrollment(
    @Arg('input', () => WithdrawEnrollmentInput, { description: 'What to write.' }) input: WithdrawEnrollmentInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ enrollment: await withdrawEnrollment(context, input) }));
  }
}
