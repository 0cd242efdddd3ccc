import { CATALOGUE_COST_MODEL } from '../shared/catalogue/catalogue-cost-model';
import { mergeOperationCostModels, type OperationCostModel } from '../shared/platform/limits';

/**
 * Returns what the cost estimate knows of training's fields: 20 for the lists
 * that are not paged and can grow (an artisan's enrolments and certificates,
 * the official visits), and the catalogue's lists. It imports no code of
 * training, so that the gateway loads nothing of it.
 */
export const TRAINING_COST_MODEL: OperationCostModel = mergeOperationCostModels(CATALOGUE_COST_MODEL, {
  listSizes: {
    'Query.officialVisits': 20,
    'Artisan.enrollments': 20,
    'Artisan.certificates': 20,
  },
  fieldPoints: {},
});
