import { CATALOGUE_COST_MODEL } from '../shared/catalogue/catalogue-cost-model';
import { CRAFTS } from '../shared/catalogue/crafts';
import { PROVINCES } from '../shared/catalogue/provinces';
import { type CostArguments, DEFAULT_LIST_SIZE, mergeOperationCostModels, type OperationCostModel } from '../shared/platform/limits';
import { GROUPING_FILTER_FIELDS } from './export-total/grouping-filter-fields';

/** Groups `exportTotals` is assumed to return per dimension of `groupBy` that its filter does not fix. */
const EXPORT_TOTAL_GROUPS: Readonly<Record<string, number>> = {
  CHANNEL: 2,
  YEAR: 10,
  DESTINATION: 50,
  CRAFT: CRAFTS.length + 4,
  PROVINCE: PROVINCES.length,
  HS_CODE: 20,
};

/**
 * Returns what the cost estimate knows of trade's fields: the groups of
 * `exportTotals`, a figure's one report, 20 for the lists that are not paged
 * and can grow, the points of the fields that cost more than the nodes they
 * return, and the catalogue's lists. Figures behind the points: on the
 * benchmark's million figures, one `exportTotals` by destination and craft
 * took 3.7 s and a province's page of figures 1.6 s, where a page of 20
 * courses took 0.09 s. It imports only types of trade's code, so that the
 * gateway loads nothing of it.
 */
export const TRADE_COST_MODEL: OperationCostModel = mergeOperationCostModels(CATALOGUE_COST_MODEL, {
  listSizes: {
    'Query.exportTotals': exportTotalGroups,
    'Query.growthTargets': 20,
    'Query.marketSizes': 20,
    'Query.policyDocuments': 20,
    'Query.yearSlogans': 20,
    // One report states a figure.
    'ExportFigure.sources': 1,
  },
  fieldPoints: {
    // An aggregate over every figure its filter matches. At 200 points, one
    // operation holds at most 4 (MAX_COST 1,000): 10 at once took trade's pool
    // of 10 connections from other callers, 5 did not.
    'Query.exportTotals': 200,
    // A filtered, counted page of the export figures.
    ExportFigureConnection: 10,
  },
});

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
