import type { TrainingContext } from '../context';

/** Finds a training centre for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const trainingCentreReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.trainingCentreById.load(String(reference.id)),
};
