import { CATALOGUE_NODE_TYPES } from '../../shared/catalogue';

/**
 * The subgraphs that hold records with UUIDs as ids, each answering which of
 * its types an id names (`<subgraph>NodeTypes`, see `nodeTypesResolver`).
 */
export const NODE_SUBGRAPHS: readonly string[] = ['training', 'exhibitions', 'trade'];

/**
 * Every type that implements `Node`: those whose records have UUIDs (the
 * records that `agreement(id:)`, `artisan(id:)`, `course(id:)`,
 * `organization(id:)`, `exhibition(id:)`, `exportFigure(id:)` and
 * `source(id:)` answer, as NODE_SUBGRAPHS name them), and the catalogue's
 * types with typed ids (`Country:IQ`).
 */
export const NODE_TYPES: readonly string[] = [
  'Agreement',
  'Artisan',
  'Course',
  'Exhibition',
  'ExportFigure',
  'Organization',
  'Source',
  ...CATALOGUE_NODE_TYPES,
];
