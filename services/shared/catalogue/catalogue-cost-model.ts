import type { OperationCostModel } from '../platform/limits';
import { CRAFTS } from './crafts';
import { PROVINCES } from './provinces';

/**
 * Returns the cost estimate's knowledge of the catalogue's lists, which
 * several subgraphs serve: the catalogue's own sizes, and 20 for the lists of
 * reported facts (what a source supports). Each subgraph's model includes it.
 */
export const CATALOGUE_COST_MODEL: OperationCostModel = {
  listSizes: {
    'Query.provinces': PROVINCES.length,
    'Query.crafts': CRAFTS.length,
    'SourceFacts.*': 20,
  },
  fieldPoints: {},
};
