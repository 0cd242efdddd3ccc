import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Instructor } from './instructor.entity';
import { InstructorOrder } from './instructor.inputs';

/** A page of instructors. */
export const InstructorConnection = ConnectionType(Instructor, 'Instructor', 'instructors');

function nameOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Instructor> {
  return new KeysetOrder<Instructor>(
    [
      { sql: 'instructor.name', type: 'text', valueOf: (instructor) => instructor.name },
      { sql: 'instructor.id', type: 'uuid', valueOf: (instructor) => instructor.id },
    ],
    direction,
  );
}

/** The keyset order of each `InstructorOrder`: by name, then id. */
export const INSTRUCTOR_ORDERS: Readonly<Record<InstructorOrder, KeysetOrder<Instructor>>> = {
  [InstructorOrder.NAME_ASC]: nameOrder('ASC'),
  [InstructorOrder.NAME_DESC]: nameOrder('DESC'),
};
