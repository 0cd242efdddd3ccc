import type { TrainingContext } from '../context';

/** Finds a competency standard for the gateway from its key `id` (the graph's `node(id:)`), through the request's loader. */
export const competencyStandardReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.competencyStandardById.load(String(reference.id)),
};
