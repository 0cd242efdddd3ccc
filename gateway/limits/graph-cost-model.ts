import { ACCESS_COMPUTED_LIST_SIZES } from '../../services/access/public';
import { costModelFromSdl, type OperationCostModel } from '../../services/shared/platform/limits';
import { TRADE_COMPUTED_LIST_SIZES } from '../../services/trade/public';

/**
 * Returns what the gateway's cost estimate knows of the whole graph, read
 * from the supergraph: the `@cost` and `@listSize` that each subgraph puts on
 * its fields and types, as composition keeps them, with the list sizes no
 * directive can state (trade's `exportTotals`, access's `nodes`), through
 * their subgraphs' `public.ts`, which load none of trade's code.
 */
export function graphCostModel(supergraphSdl: string): OperationCostModel {
  return costModelFromSdl(supergraphSdl, { ...TRADE_COMPUTED_LIST_SIZES, ...ACCESS_COMPUTED_LIST_SIZES });
}
