import type { ExhibitionsContext } from '../context';

/** Finds an exhibition for the gateway from its key `id`, through the request's loader (one query per `_entities` batch). */
export const exhibitionReference = {
  __resolveReference: (reference: Record<string, unknown>, context: ExhibitionsContext) =>
    context.loaders.exhibitionById.load(String(reference.id)),
};
