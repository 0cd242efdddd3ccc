import type { TrainingContext } from '../context';

/** Finds an agreement for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const agreementReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.agreementById.load(String(reference.id)),
};
