import type { DataSource } from 'typeorm';
import { KeysetOrder } from '../../shared/graphql';
import { entityByIdLoader } from '../../shared/loaders';
import { Instructor } from './instructor.entity';

/** Instructors by name, then id. */
export const INSTRUCTOR_ORDER = new KeysetOrder<Instructor>([
  { sql: 'instructor.name', type: 'text', valueOf: (instructor) => instructor.name },
  { sql: 'instructor.id', type: 'uuid', valueOf: (instructor) => instructor.id },
]);

/** Per-request loaders of instructors. */
export function createInstructorLoaders(dataSource: DataSource) {
  return { instructorById: entityByIdLoader(dataSource.getRepository(Instructor)) };
}
