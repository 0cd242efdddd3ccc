import { CATALOGUE_COST_MODEL } from '../shared/catalogue/catalogue-cost-model';
import { mergeOperationCostModels, type OperationCostModel } from '../shared/platform/limits';

/**
 * Returns what the cost estimate knows of exhibitions' fields: 20 for the
 * lists that are not paged and can grow, and the catalogue's lists. It
 * imports no code of exhibitions, so that the gateway loads nothing of it.
 */
export const EXHIBITIONS_COST_MODEL: OperationCostModel = mergeOperationCostModels(CATALOGUE_COST_MODEL, {
  listSizes: {
    'Query.exportMarkets': 20,
    'Query.marketingActivities': 20,
    'Query.worldCraftDesignationCounts': 20,
  },
  fieldPoints: {},
});
