import type { ComputedListSizes } from '../../shared/platform/limits';
import { MAX_PAGE_SIZE } from '../../shared/platform/paging';

/**
 * The size of `nodes(ids:)` for the cost estimate, which `@listSize` cannot
 * state: as many records as it is given ids, at most MAX_PAGE_SIZE (`nodes`
 * refuses more).
 */
export const ACCESS_COMPUTED_LIST_SIZES: ComputedListSizes = {
  'Query.nodes': (args) => Math.min(Array.isArray(args.ids) ? args.ids.length : 1, MAX_PAGE_SIZE),
};
