import { ConnectionType } from '../../shared/graphql';
import { Instructor } from './instructor.entity';

/** A page of instructors. */
export const InstructorConnection = ConnectionType(Instructor, 'Instructor', 'instructors');
