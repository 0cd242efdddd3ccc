import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Enrollment } from './enrollment.entity';
import { EnrollmentOrder } from './enrollment.inputs';

/** A page of enrolments. */
export const EnrollmentConnection = ConnectionType(Enrollment, 'Enrollment', 'enrolments');

function enrolmentTimeOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Enrollment> {
  return new KeysetOrder<Enrollment>(
    [
      { sql: 'enrollment.enrolled_at', type: 'timestamptz', valueOf: (enrollment) => enrollment.enrolledAt.toISOString() },
      { sql: 'enrollment.id', type: 'uuid', valueOf: (enrollment) => enrollment.id },
    ],
    direction,
  );
}

/** The keyset order of each `EnrollmentOrder`: by enrolment time (millisecond precision, as cursors hold it), then id. */
export const ENROLLMENT_ORDERS: Readonly<Record<EnrollmentOrder, KeysetOrder<Enrollment>>> = {
  [EnrollmentOrder.OLDEST_FIRST]: enrolmentTimeOrder('ASC'),
  [EnrollmentOrder.NEWEST_FIRST]: enrolmentTimeOrder('DESC'),
};
