import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { CompetencyStandard } from './competency-standard.entity';
import { CompetencyStandardOrder } from './competency-standard.inputs';

/** A page of competency standards. */
export const CompetencyStandardConnection = ConnectionType(
  CompetencyStandard,
  'CompetencyStandard',
  'competency standards',
  PUBLIC_RECORD_MAX_AGE,
);

/** The keyset order of each `CompetencyStandardOrder`: by code (unique), or by title then id. */
export const COMPETENCY_STANDARD_ORDERS: Readonly<Record<CompetencyStandardOrder, KeysetOrder<CompetencyStandard>>> = {
  [CompetencyStandardOrder.CODE_ASC]: new KeysetOrder<CompetencyStandard>([
    { sql: 'competency_standard.code', type: 'text', valueOf: (standard) => standard.code },
  ]),
  [CompetencyStandardOrder.TITLE_ASC]: new KeysetOrder<CompetencyStandard>([
    { sql: 'competency_standard.title', type: 'text', valueOf: (standard) => standard.title },
    { sql: 'competency_standard.id', type: 'uuid', valueOf: (standard) => standard.id },
  ]),
};
