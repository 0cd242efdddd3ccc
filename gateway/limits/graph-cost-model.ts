import { ACCESS_COST_MODEL } from '../../services/access/public';
import { EXHIBITIONS_COST_MODEL } from '../../services/exhibitions/public';
import { mergeOperationCostModels, type OperationCostModel } from '../../services/shared/platform/limits';
import { TRADE_COST_MODEL } from '../../services/trade/public';
import { TRAINING_COST_MODEL } from '../../services/training/public';

/**
 * Returns what the gateway's cost estimate knows of the whole graph: the
 * parts each subgraph passes to its own node ceiling (each with the
 * catalogue's lists), merged. Each part comes through its subgraph's
 * `public.ts`, which loads none of the subgraph's code (access's, which the
 * gateway loads anyway for API keys and the audit trail, prices `node` and `nodes`).
 */
export const GRAPH_COST_MODEL: OperationCostModel = mergeOperationCostModels(
  TRAINING_COST_MODEL,
  EXHIBITIONS_COST_MODEL,
  TRADE_COST_MODEL,
  ACCESS_COST_MODEL,
);
