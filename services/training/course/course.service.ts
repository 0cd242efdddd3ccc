import { type EntityManager, In } from 'typeorm';

import { withoutDerivationsOf } from '../../shared/catalogue';
import { assertPerformAction, guardField, mayPerformAction, type Viewer } from '../../shared/platform/auth';
import { LinkTable, lockOrRefuse, replaceLinks, requireRecords } from '../../shared/platform/database';
import { BadUserInputError, checkDateOrder, optionalText, trimmedText } from '../../shared/platform/graphql';
import { type Connection, pageOf } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import { Agreement } from '../agreement/agreement.entity';
import { AgreementParty } from '../agreement/agreement-party.entity';
import type { TrainingContext } from '../context';
import { Enrollment, SEAT_HOLDING_STATUSES } from '../enrollment/enrollment.entity';
import { MutationErrorCode } from '../mutation-error.type';
import { Organization } from '../organization/organization.entity';
import { COURSE_ORDERS } from './course.connection';
import { CapacityStatus, Course } from './course.entity';
import { applyCourseConditions, courseConditions } from './course.filter';
import type { CourseListArgs, CreateCourseInput, UpdateCourseInput } from './course.inputs';

/** The provinces where a course's classes run. */
const COURSE_PROVINCES: LinkTable = { table: 'course_province', ownerColumn: 'course_id', valueColumn: 'province_code', valueType: 'text' };
/** A course's partner organisations, in order. */
const COURSE_PARTNERS: LinkTable = {
  table: 'course_partner',
  ownerColumn: 'course_id',
  valueColumn: 'organization_id',
  valueType: 'uuid',
  positionColumn: 'position',
};

/**
 * Returns whether the viewer may read the enrolments (with their exam
 * scores and certificates) of a course (`enrollment:read`): analysts and
 * admins, and partner keys of the organisation that provides it.
 */
export function mayReadEnrollmentsIn(viewer: Viewer, course: Pick<Course, 'providerId'>): boolean {
  return mayPerformAction(viewer, 'enrollment:read', { organizationIds: [course.providerId] });
}

/** Guards `Course.enrollments` (`@UseMiddleware(courseEnrollments)`): see `mayReadEnrollmentsIn`. */
export const courseEnrollments = guardField<Course, TrainingContext>(
  (course, context) => mayReadEnrollmentsIn(context.viewer, course),
  "A course's enrolments need an analyst's or admin's key, or the partner key of the organisation that provides the course.",
);

/** Returns a page of courses matching the filter, in the order asked for. */
export async function findCourses(context: TrainingContext, args: CourseListArgs): Promise<Connection<Course>> {
  const query = applyCourseConditions(context.dataSource.getRepository(Course).createQueryBuilder('course'), courseConditions(args.filter));
  return pageOf('Query.courses', query, args, COURSE_ORDERS[args.orderBy], context.loaders.courseById);
}

/** Returns a page of the courses with classes in a province that match the filter, batched with the other provinces of the request. */
export function findCoursesOfProvince(context: TrainingContext, provinceCode: string, args: CourseListArgs): Promise<Connection<Course>> {
  return context.loaders.coursePagesByProvince.load(provinceCode, args, COURSE_ORDERS[args.orderBy], courseConditions(args.filter));
}

/**
 * Saves a new course with its provinces and partners in one transaction, and
 * returns it; admins, and partners for a course their organisation provides.
 */
export async function createCourse(context: TrainingContext, input: CreateCourseInput): Promise<Course> {
  assertPerformAction(context.viewer, 'course:create', { organizationIds: [input.providerId] });
  assertNamesOrganizations(context, input.certificateIssuerId, input.partnerIds);
  const title = trimmedText('input.title', input.title);
  checkDateOrder('input.startsOn', input.startsOn, 'input.endsOn', input.endsOn);
  return context.dataSource.transaction(async (manager) => {
    await requireRecords(manager, Organization, [input.providerId], 'providerId', 'organisation');
    await requireRecords(manager, Organization, input.partnerIds, 'partnerIds', 'organisation');
    if (input.certificateIssuerId) {
      await requireRecords(manager, Organization, [input.certificateIssuerId], 'certificateIssuerId', 'organisation');
    }
    if (input.agreementId) {
      await requireRecords(manager, Agreement, [input.agreementId], 'agreementId', 'agreement');
      await assertPartyTo(context, manager, input.agreementId);
    }
    const course = await manager.save(
      manager.create(Course, {
        title,
        description: optionalText(input.description),
        craftSlugs: [...new Set(input.craftSlugs)],
        providerId: input.providerId,
        mode: input.mode,
        audiences: [...new Set(input.audiences)],
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        capacity: input.capacity ?? null,
        capacityStatus: capacityStatusOf(input.capacity ?? null, input.capacityStatus ?? null),
        derivations: [],
        language: optionalText(input.language),
        hasFinalExam: input.hasFinalExam,
        certificateIssuerId: input.certificateIssuerId ?? input.providerId,
        certificateInternationallyRecognized: input.certificateInternationallyRecognized,
        agreementId: input.agreementId ?? null,
      }),
    );
    await replaceLinks(manager, COURSE_PROVINCES, course.id, input.provinceCodes);
    await replaceLinks(manager, COURSE_PARTNERS, course.id, input.partnerIds);
    return course;
  });
}

/** Applies the given changes to a course in one transaction and returns it; admins, and partners for their own organisation's courses. */
export async function updateCourse(context: TrainingContext, input: UpdateCourseInput): Promise<Course> {
  assertPerformAction(context.viewer, 'course:update');
  assertNamesOrganizations(context, null, input.partnerIds);
  return context.dataSource.transaction(async (manager) => {
    const course = await lockOrRefuse(manager, Course, input.id, { label: 'course', field: 'id' });
    assertPerformAction(context.viewer, 'course:update', { organizationIds: [course.providerId] });
    if (input.title !== undefined && input.title !== null) {
      course.title = trimmedText('input.title', input.title);
    }
    if (input.description !== undefined) {
      course.description = optionalText(input.description);
    }
    if (input.craftSlugs) {
      course.craftSlugs = [...new Set(input.craftSlugs)];
    }
    if (input.mode) {
      course.mode = input.mode;
    }
    if (input.audiences) {
      course.audiences = [...new Set(input.audiences)];
    }
    if (input.startsOn !== undefined) {
      course.startsOn = input.startsOn;
    }
    if (input.endsOn !== undefined) {
      course.endsOn = input.endsOn;
    }
    checkDateOrder('input.startsOn', course.startsOn, 'input.endsOn', course.endsOn);
    if (input.language !== undefined) {
      course.language = optionalText(input.language);
    }
    if (input.hasFinalExam !== undefined && input.hasFinalExam !== null) {
      course.hasFinalExam = input.hasFinalExam;
    }
    if (input.capacity !== undefined || input.capacityStatus !== undefined) {
      const capacity =
        input.capacity !== undefined ? input.capacity : input.capacityStatus === CapacityStatus.LIMITED ? course.capacity : null;
      course.capacityStatus = capacityStatusOf(capacity, input.capacityStatus ?? null);
      course.capacity = capacity;
    }
    if (input.capacity !== undefined) {
      const seatsTaken = await manager.countBy(Enrollment, { courseId: course.id, status: In(SEAT_HOLDING_STATUSES) });
      if (input.capacity !== null && input.capacity < seatsTaken) {
        throw new MutationRefusal(
          MutationErrorCode.CAPACITY_BELOW_SEATS_TAKEN,
          `The course already has ${seatsTaken} seats taken; the capacity cannot be ${input.capacity}.`,
          'capacity',
        );
      }
      course.capacity = input.capacity;
    }
    if (input.partnerIds) {
      await requireRecords(manager, Organization, input.partnerIds, 'partnerIds', 'organisation');
      await replaceLinks(manager, COURSE_PARTNERS, course.id, input.partnerIds);
    }
    if (input.provinceCodes) {
      await replaceLinks(manager, COURSE_PROVINCES, course.id, input.provinceCodes);
    }
    // A value just written is the writer's, not a derivation from the reports.
    const changed = Object.keys(input).filter((field) => input[field as keyof UpdateCourseInput] !== undefined);
    const fieldNames: Record<string, string> = {
      partnerIds: 'partners',
      provinceCodes: 'provinces',
      craftSlugs: 'crafts',
      capacityStatus: 'capacity',
    };
    course.derivations = withoutDerivationsOf(
      course.derivations,
      changed.map((field) => fieldNames[field] ?? field),
    );
    return manager.save(course);
  });
}

/**
 * Throws FORBIDDEN (before anything is written) unless the caller may name
 * these organisations on a course: as its certificate issuer
 * (`certificate:issue`) and as its partners (`organization:name`); a
 * partner key names only its own organisation, an admin any.
 */
function assertNamesOrganizations(
  context: TrainingContext,
  certificateIssuerId: string | null | undefined,
  partnerIds: readonly string[] | null | undefined,
): void {
  if (certificateIssuerId) {
    assertPerformAction(context.viewer, 'certificate:issue', { organizationIds: [certificateIssuerId] });
  }
  if (partnerIds && partnerIds.length > 0) {
    assertPerformAction(context.viewer, 'organization:name', { organizationIds: partnerIds });
  }
}

/** Throws FORBIDDEN unless the caller may name the agreement (`agreement:name`): an admin, or a partner key of an organisation party to it. */
async function assertPartyTo(context: TrainingContext, manager: EntityManager, agreementId: string): Promise<void> {
  const organizationId = context.viewer.organizationId;
  const party = organizationId !== null && (await manager.existsBy(AgreementParty, { agreementId, organizationId }));
  assertPerformAction(context.viewer, 'agreement:name', { party });
}

/** Returns the capacity status that `capacity` and `status` give; throws BAD_USER_INPUT naming the field when they contradict each other. */
function capacityStatusOf(capacity: number | null, status: CapacityStatus | null): CapacityStatus {
  if (capacity !== null) {
    if (status !== null && status !== CapacityStatus.LIMITED) {
      throw new BadUserInputError('input.capacityStatus', `a course with a capacity is LIMITED, not ${status}.`);
    }
    return CapacityStatus.LIMITED;
  }
  if (status === CapacityStatus.LIMITED) {
    throw new BadUserInputError('input.capacity', 'a LIMITED course needs its capacity.');
  }
  return status ?? CapacityStatus.UNLIMITED;
}
