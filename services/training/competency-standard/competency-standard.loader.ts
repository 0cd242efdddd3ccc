import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { CompetencyStandard } from './competency-standard.entity';

/** Per-request loaders of competency standards. */
export function createCompetencyStandardLoaders(dataSource: DataSource) {
  return { competencyStandardById: entityByIdLoader(dataSource.getRepository(CompetencyStandard)) };
}
