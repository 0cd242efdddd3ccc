import type { TrainingContext } from '../context';

/** Finds a course for the gateway from its key `id`, through the request's loader. */
export const courseReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.courseById.load(String(reference.id)),
};
