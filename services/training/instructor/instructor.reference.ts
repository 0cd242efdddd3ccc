import type { TrainingContext } from '../context';

/** Finds an instructor for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const instructorReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.instructorById.load(String(reference.id)),
};
