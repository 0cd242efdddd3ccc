import { CRAFTS } from '../../shared/catalogue/crafts';
import { PROVINCES } from '../../shared/catalogue/provinces';
import { type ComputedListSizes, type CostArguments, DEFAULT_LIST_SIZE } from '../../shared/platform/limits';
import { GROUPING_FILTER_FIELDS } from './grouping-filter-fields';

/** Groups `exportTotals` is assumed to return per dimension of `groupBy` that its filter does not fix. */
const EXPORT_TOTAL_GROUPS: Readonly<Record<string, number>> = {
  CHANNEL: 2,
  YEAR: 10,
  DESTINATION: 50,
  CRAFT: CRAFTS.length + 4,
  PROVINCE: PROVINCES.length,
  HS_CODE: 20,
};

/** Returns the groups assumed for `exportTotals`: the product over `groupBy` of each dimension's groups, 1 for a dimension its filter fixes. */
function exportTotalGroups(args: CostArguments): number {
  const groupBy = Array.isArray(args.groupBy) ? new Set(args.groupBy.map(String)) : new Set<string>();
  const filter = (args.filter ?? {}) as Record<string, unknown>;
  let groups = 1;
  for (const dimension of groupBy) {
    const fixedBy: readonly string[] = GROUPING_FILTER_FIELDS[dimension as keyof typeof GROUPING_FILTER_FIELDS] ?? [];
    if (fixedBy.some((field) => filter[field] !== undefined && filter[field] !== null)) {
      continue;
    }
    if (dimension === 'YEAR' && Array.isArray(filter.solarYears)) {
      groups *= Math.max(filter.solarYears.length, 1);
      continue;
    }
    groups *= EXPORT_TOTAL_GROUPS[dimension] ?? DEFAULT_LIST_SIZE;
  }
  return groups;
}

/**
 * Returns trade's list sizes that `@listSize` cannot state: the groups of
 * `exportTotals` depend on its `groupBy` and on the filter fields that fix a
 * dimension, a product no static `assumedSize` or slicing argument says. The
 * cost estimate of trade's node ceiling and of the gateway take it beside the
 * directives; it imports only types of trade's code and the catalogue, so
 * that the gateway loads nothing of trade.
 */
export const TRADE_COMPUTED_LIST_SIZES: ComputedListSizes = { 'Query.exportTotals': exportTotalGroups };
