import { artisanReferenceTo } from './artisan.type';

/**
 * Resolves an artisan for the gateway from its representation alone, with no
 * query: the training subgraph owns artisans, and this subgraph only adds
 * fields keyed by the id. `listedPublicly` is there when the gateway fetched
 * it for `Artisan.exhibitions` (`@requires`); anything but `true` counts as
 * not listed.
 */
export const artisanReference = {
  __resolveReference: (reference: Record<string, unknown>) => artisanReferenceTo(String(reference.id), reference.listedPublicly === true),
};
