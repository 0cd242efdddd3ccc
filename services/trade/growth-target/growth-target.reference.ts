import type { TradeContext } from '../context';

/** Finds a growth target for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const growthTargetReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TradeContext) =>
    context.loaders.growthTargetById.load(String(reference.id)),
};
