import type { TradeContext } from '../context';

/** Finds a year slogan for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const yearSloganReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TradeContext) =>
    context.loaders.yearSloganById.load(String(reference.id)),
};
