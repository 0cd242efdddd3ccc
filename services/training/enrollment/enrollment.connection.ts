import { ConnectionType } from '../../shared/graphql';
import { Enrollment } from './enrollment.entity';

/** A page of enrolments. */
export const EnrollmentConnection = ConnectionType(Enrollment, 'Enrollment', 'enrolments');
