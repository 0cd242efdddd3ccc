import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { Instructor } from './instructor.entity';

/** Per-request loaders of instructors. */
export function createInstructorLoaders(dataSource: DataSource) {
  return { instructorById: entityByIdLoader(dataSource.getRepository(Instructor)) };
}
