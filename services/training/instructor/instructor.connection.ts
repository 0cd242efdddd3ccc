import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Instructor } from './instructor.entity';

/** A page of instructors. */
export const InstructorConnection = ConnectionType(Instructor, 'Instructor', 'instructors');

/** Instructors by name, then id. */
export const INSTRUCTOR_ORDER = new KeysetOrder<Instructor>([
  { sql: 'instructor.name', type: 'text', valueOf: (instructor) => instructor.name },
  { sql: 'instructor.id', type: 'uuid', valueOf: (instructor) => instructor.id },
]);
