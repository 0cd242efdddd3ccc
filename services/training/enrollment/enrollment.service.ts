import { In } from 'typeorm';

import { lockOrRefuse } from '../../shared/platform/database';
import { todayInDomainZone } from '../../shared/platform/dates';
import { checkRange } from '../../shared/platform/graphql';
import { isUuid } from '../../shared/platform/ids';
import { MutationRefusal } from '../../shared/platform/refusal';
import { Artisan } from '../artisan/artisan.entity';
import type { Certificate } from '../certificate/certificate.entity';
import { issueCertificate } from '../certificate/certificate.service';
import type { TrainingContext } from '../context';
import { Course } from '../course/course.entity';
import { MutationErrorCode } from '../mutation-error.type';
import { Enrollment, EnrollmentStatus, SEAT_HOLDING_STATUSES } from './enrollment.entity';
import { type EnrollArtisanInput, ExamOutcome, type RecordExamResultInput, type WithdrawEnrollmentInput } from './enrollment.inputs';

/**
 * Enrols an artisan in a course and returns the enrolment. Refuses an unknown
 * artisan or course, a course that has ended, a second enrolment, and a full
 * course; the course row is locked so that concurrent enrolments cannot
 * overfill it. An artisan who withdrew may enrol again.
 */
export async function enrollArtisan(context: TrainingContext, input: EnrollArtisanInput): Promise<Enrollment> {
  return context.dataSource.transaction(async (manager) => {
    const course = await lockOrRefuse(manager, Course, input.courseId, { label: 'course', field: 'courseId' });
    const artisan = isUuid(input.artisanId) ? await manager.findOneBy(Artisan, { id: input.artisanId }) : null;
    if (!artisan) {
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
 * certificate it issued. Refuses unknown enrolments, courses without an exam,
 * and enrolments that are withdrawn or already passed (a certificate is issued
 * once).
 */
export async function recordExamResult(
  context: TrainingContext,
  input: RecordExamResultInput,
): Promise<{ enrollment: Enrollment; certificate: Certificate | null }> {
  if (input.score !== undefined && input.score !== null) {
    checkRange('input.score', input.score, 0, 100);
  }
  return context.dataSource.transaction(async (manager) => {
    const enrollment = await lockOrRefuse(manager, Enrollment, input.enrollmentId, { label: 'enrolment', field: 'enrollmentId' });
    if (enrollment.status === EnrollmentStatus.WITHDRAWN || enrollment.status === EnrollmentStatus.PASSED) {
      throw new MutationRefusal(
        MutationErrorCode.ENROLLMENT_NOT_ACTIVE,
        `The enrolment is ${enrollment.status}; no result can be recorded.`,
        'enrollmentId',
      );
    }
    const course = await manager.findOneByOrFail(Course, { id: enrollment.courseId });
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

/** Withdraws an enrolment that has not passed, freeing its seat, and returns it. */
export async function withdrawEnrollment(context: TrainingContext, input: WithdrawEnrollmentInput): Promise<Enrollment> {
  return context.dataSource.transaction(async (manager) => {
    const enrollment = await lockOrRefuse(manager, Enrollment, input.enrollmentId, { label: 'enrolment', field: 'enrollmentId' });
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
