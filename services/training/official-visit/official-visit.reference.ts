import type { TrainingContext } from '../context';

/** Finds an official visit for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const officialVisitReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.officialVisitById.load(String(reference.id)),
};
