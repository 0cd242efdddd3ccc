import type { TradeContext } from '../context';

/** Finds a policy document for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const policyDocumentReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TradeContext) =>
    context.loaders.policyDocumentById.load(String(reference.id)),
};
