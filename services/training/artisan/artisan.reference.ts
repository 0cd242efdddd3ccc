import type { TrainingContext } from '../context';

/** Finds an artisan for the gateway from its key `id`, through the request's loader (one query per `_entities` batch). */
export const artisanReference = {
  __resolveReference: (reference: Record<string, unknown>, context: TrainingContext) =>
    context.loaders.artisanById.load(String(reference.id)),
};
