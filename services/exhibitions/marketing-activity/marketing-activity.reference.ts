import type { ExhibitionsContext } from '../context';

/** Finds a marketing activity for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const marketingActivityReference = {
  __resolveReference: (reference: Record<string, unknown>, context: ExhibitionsContext) =>
    context.loaders.marketingActivityById.load(String(reference.id)),
};
