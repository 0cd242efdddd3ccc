import type { DataSource } from 'typeorm';
import { KeysetOrder } from '../../shared/graphql';
import { entityByIdLoader } from '../../shared/loaders';
import { CompetencyStandard } from './competency-standard.entity';

/** Competency standards by code (unique). */
export const COMPETENCY_STANDARD_ORDER = new KeysetOrder<CompetencyStandard>([
  { sql: 'competency_standard.code', type: 'text', valueOf: (standard) => standard.code },
]);

/** Per-request loaders of competency standards. */
export function createCompetencyStandardLoaders(dataSource: DataSource) {
  return { competencyStandardById: entityByIdLoader(dataSource.getRepository(CompetencyStandard)) };
}
