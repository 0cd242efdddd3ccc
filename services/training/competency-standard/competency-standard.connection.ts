import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { CompetencyStandard } from './competency-standard.entity';

/** A page of competency standards. */
export const CompetencyStandardConnection = ConnectionType(
  CompetencyStandard,
  'CompetencyStandard',
  'competency standards',
  PUBLIC_RECORD_MAX_AGE,
);

/** Competency standards by code (unique). */
export const COMPETENCY_STANDARD_ORDER = new KeysetOrder<CompetencyStandard>([
  { sql: 'competency_standard.code', type: 'text', valueOf: (standard) => standard.code },
]);
