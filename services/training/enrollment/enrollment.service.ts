import { In } from 'typeorm';

import { assertPerformAction, performsOnAll } from '../../shared/platform/auth';
import { lockOrRefuse } from '../../shared/platform/database';
import { todayInDomainZone } from '../../shared/platform/dates';
import { checkRange } from '../../shared/platform/graphql';
import { isUuid } from '../../shared/platform/ids';
import { loadAll } from '../../shared/platform/loaders';
import type { Connection } from '../../shared/platform/paging';
import { MutationRefusal } from '../../shared/platform/refusal';
import { Artisan } from '../artisan/artisan.entity';
import { mayReadArtisan } from '../artisan/artisan.service';
import type { Certificate } from '../certificate/certificate.entity';
import { issueCertificate } from '../certificate/certificate.service';
import type { TrainingContext } from '../context';
import { Course } from '../course/course.entity';
import { mayReadEnrollmentsIn } from '../course/course.service';
import { MutationErrorCode } from '../mutation-error.type';
import { ENROLLMENT_ORDERS } from './enrollment.connection';
import { Enrollment, EnrollmentStatus, SEAT_HOLDING_STATUSES } from './enrollment.entity';
import { enrollmentConditions } from './enrollment.filter';
import {
  type EnrollArtisanInput,
  type EnrollmentListArgs,
  ExamOutcome,
  type RecordExamResultInput,
  type WithdrawEnrollmentInput,
} from './enrollment.inputs';
import { enrollmentVisibility } from './enrollment-visibility';

/** Returns the artisan's enrolments, oldest first, that the caller may read (see `mayReadEnrollmentsIn`); courses are loaded in one batch. */
export async function enrollmentsOfArtisan(context: TrainingContext, artisanId: string): Promise<Enrollment[]> {
  const enrollments = await context.loaders.enrollmentsByArtisan.load(artisanId);
  if (performsOnAll(context.viewer, 'enrollment:read')) {
    return enrollments;
  }
  const courses = await loadAll(context.loaders.courseById, [...new Set(enrollments.map((enrollment) => enrollment.courseId))]);
  const readable = new Set(courses.filter((course) => mayReadEnrollmentsIn(context.viewer, course)).map((course) => course.id));
  return enrollments.filter((enrollment) => readable.has(enrollment.courseId));
}

/**
 * Returns a page of the enrolments of a course or an artisan (`parent`)
 * matching the filter that the caller may read (all for analysts and admins,
 * those in its own courses for a partner: `enrollmentVisibility`, in SQL),
 * batched with the other parents of its kind in the request. A course's field
 * is guarded too (`courseEnrollments`).
 */
export function findEnrollmentsOf(
  context: TrainingContext,
  parent: 'course' | 'artisan',
  parentId: string,
  args: EnrollmentListArgs,
): Promise<Connection<Enrollment>> {
  const pages = parent === 'course' ? context.loaders.enrollmentPagesByCourse : context.loaders.enrollmentPagesByArtisan;
  return pages.load(
    parentId,
    args,
    ENROLLMENT_ORDERS[args.orderBy],
    enrollmentConditions(args.filter, enrollmentVisibility(context.viewer)),
  );
}

/**
 * Enrols an artisan in a course and returns the enrolment; admins, and
 * partners in their own organisation's courses for artisans they can already
 * see (`enrollment:create` and `artisan:read-personal`: listed publicly, or
 * enrolled, not withdrawn, in one of its courses), so that no enrolment
 * grants sight. Refuses an unknown
 * artisan or course, a course that has ended, a second enrolment, and a full
 * course; the course row is locked so that concurrent enrolments cannot
 * overfill it. An artisan who withdrew may enrol again.
 */
export async function enrollArtisan(context: TrainingContext, input: EnrollArtisanInput): Promise<Enrollment> {
  assertPerformAction(context.viewer, 'enrollment:create');
  return context.dataSource.transaction(async (manager) => {
    const course = await lockOrRefuse(manager, Course, input.courseId, { label: 'course', field: 'courseId' });
    assertPerformAction(context.viewer, 'enrollment:create', { organizationIds: [course.providerId] });
    const artisan = isUuid(input.artisanId) ? await manager.findOneBy(Artisan, { id: input.artisanId }) : null;
    // An artisan the caller may not see is refused as one that does not exist, so that the answer tells nothing about it.
    if (!artisan || !(await mayReadArtisan(artisan, context))) {
      throw new MutationRefusal(MutationErrorCode.NOT_FOUND, `No artisan has id ${input.artisanId}.`, 'artisanId');
    }
    const today = todayInDomainZone();
    if (course.endsOn !== null && course.endsOn < today) {
      throw new MutationRefusal(MutationErrorCode.COURSE_ENDED, `The course ended on ${course.endsOn}.`, 'courseId');
    }
    const existing = await manager.findOneBy(Enrollment, { artisanId: artisan.id, courseId: course.id });
    if (existing && existing.status !== EnrollmentStatus.WITHDRAWN) {
      throw new MutationRefusal(
        MutationErrorCode.ALREADY_ENROLLED,
        `The artisan is already enrolled in this course (${existing.status}).`,
        'artisanId',
      );
    }
    if (course.capacity !== null) {
      const seatsTaken = await manager.countBy(Enrollment, { courseId: course.id, status: In(SEAT_HOLDING_STATUSES) });
      if (seatsTaken >= course.capacity) {
        throw new MutationRefusal(MutationErrorCode.COURSE_FULL, `All ${course.capacity} seats of the course are taken.`, 'courseId');
      }
    }
    const enrollment = existing ?? manager.create(Enrollment, { artisanId: artisan.id, courseId: course.id });
    enrollment.status = EnrollmentStatus.ENROLLED;
    enrollment.examScore = null;
    return manager.save(enrollment);
  });
}

/**
 * Records a final exam result and returns the enrolment with, for a pass, the
 * certificate it issued; admins, and partners for their own courses. Refuses
 * unknown enrolments, courses without an exam, and enrolments that are
 * withdrawn or already passed (a certificate is issued once).
 */
export async function recordExamResult(
  context: TrainingContext,
  input: RecordExamResultInput,
): Promise<{ enrollment: Enrollment; certificate: Certificate | null }> {
  assertPerformAction(context.viewer, 'enrollment:record-result');
  if (input.score !== undefined && input.score !== null) {
    checkRange('input.score', input.score, 0, 100);
  }
  return context.dataSource.transaction(async (manager) => {
    const enrollment = await lockOrRefuse(manager, Enrollment, input.enrollmentId, { label: 'enrolment', field: 'enrollmentId' });
    const course = await manager.findOneByOrFail(Course, { id: enrollment.courseId });
    assertPerformAction(context.viewer, 'enrollment:record-result', { organizationIds: [course.providerId] });
    if (enrollment.status === EnrollmentStatus.WITHDRAWN || enrollment.status === EnrollmentStatus.PASSED) {
      throw new MutationRefusal(
        MutationErrorCode.ENROLLMENT_NOT_ACTIVE,
        `The enrolment is ${enrollment.status}; no result can be recorded.`,
        'enrollmentId',
      );
    }
    if (!course.hasFinalExam) {
      throw new MutationRefusal(MutationErrorCode.NO_FINAL_EXAM, 'The course has no final exam.', 'enrollmentId');
    }
    enrollment.status = input.outcome === ExamOutcome.PASSED ? EnrollmentStatus.PASSED : EnrollmentStatus.FAILED;
    enrollment.examScore = input.score ?? null;
    const saved = await manager.save(enrollment);
    const certificate = input.outcome === ExamOutcome.PASSED ? await issueCertificate(manager, saved, course) : null;
    return { enrollment: saved, certificate };
  });
}

/** Withdraws an enrolment that has not passed, freeing its seat, and returns it; admins, and partners for their own courses. */
export async function withdrawEnrollment(context: TrainingContext, input: WithdrawEnrollmentInput): Promise<Enrollment> {
  assertPerformAction(context.viewer, 'enrollment:withdraw');
  return context.dataSource.transaction(async (manager) => {
    const enrollment = await lockOrRefuse(manager, Enrollment, input.enrollmentId, { label: 'enrolment', field: 'enrollmentId' });
    const course = await manager.findOneByOrFail(Course, { id: enrollment.courseId });
    assertPerformAction(context.viewer, 'enrollment:withdraw', { organizationIds: [course.providerId] });
    if (enrollment.status === EnrollmentStatus.WITHDRAWN || enrollment.status === EnrollmentStatus.PASSED) {
      throw new MutationRefusal(
        MutationErrorCode.ENROLLMENT_NOT_ACTIVE,
        `The enrolment is ${enrollment.status}; it cannot be withdrawn.`,
        'enrollmentId',
      );
    }
    enrollment.status = EnrollmentStatus.WITHDRAWN;
    return manager.save(enrollment);
  });
}
