import { CATALOGUE_NODE_TYPES } from '../../shared/catalogue';

/**
 * The subgraphs that hold records with UUIDs as ids, each answering which of
 * its types an id names (`<subgraph>NodeTypes`, see `nodeTypesResolver`).
 */
export const NODE_SUBGRAPHS: readonly string[] = ['training', 'exhibitions', 'trade'];

/**
 * Every type that implements `Node`: those whose records have UUIDs, as
 * NODE_SUBGRAPHS name them (the records that a root field such as
 * `artisan(id:)` answers for any caller, and those of public lists), and the
 * catalogue's types with typed ids (`Country:IQ`).
 */
export const NODE_TYPES: readonly string[] = [
  // training
  'Agreement',
  'Artisan',
  'CompetencyStandard',
  'Course',
  'Instructor',
  'OfficialVisit',
  'Organization',
  'TrainingCentre',
  // exhibitions
  'Exhibition',
  'MarketingActivity',
  'WorldCraftDesignation',
  // trade
  'ExportFigure',
  'GrowthTarget',
  'MarketSizeFigure',
  'PolicyDocument',
  'Source',
  'YearSlogan',
  ...CATALOGUE_NODE_TYPES,
];
