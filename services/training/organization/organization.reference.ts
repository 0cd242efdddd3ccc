import type { TrainingContext } from '../context';

/** Finds an organisation for the gateway from its key `id`, through the request's loader. */
export const organizationReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.organizationById.load(String(reference.id)),
};
