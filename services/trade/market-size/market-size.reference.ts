import type { TradeContext } from '../context';

/** Finds a market size for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const marketSizeReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TradeContext) =>
    context.loaders.marketSizeById.load(String(reference.id)),
};
