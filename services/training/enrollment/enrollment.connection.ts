import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Enrollment } from './enrollment.entity';

/** A page of enrolments. */
export const EnrollmentConnection = ConnectionType(Enrollment, 'Enrollment', 'enrolments');

/** Enrolments by enrolment time, then id. */
export const ENROLLMENT_ORDER = new KeysetOrder<Enrollment>([
  { sql: 'enrollment.enrolled_at', type: 'timestamptz', valueOf: (enrollment) => enrollment.enrolledAt.toISOString() },
  { sql: 'enrollment.id', type: 'uuid', valueOf: (enrollment) => enrollment.id },
]);
