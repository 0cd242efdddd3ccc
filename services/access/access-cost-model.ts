import type { OperationCostModel } from '../shared/platform/limits';
import { MAX_PAGE_SIZE } from '../shared/platform/paging';

/**
 * Returns what the cost estimate knows of access's fields: `nodes(ids:)`
 * returns as many records as it is given ids (at most MAX_PAGE_SIZE, as
 * `nodes` refuses more), and `node` and `nodes` cost a point each for asking
 * every subgraph that holds records which type an id names.
 */
export const ACCESS_COST_MODEL: OperationCostModel = {
  listSizes: {
    'Query.nodes': (args) => Math.min(Array.isArray(args.ids) ? args.ids.length : 1, MAX_PAGE_SIZE),
  },
  fieldPoints: {
    'Query.node': 1,
    'Query.nodes': 1,
  },
};
