import { artisanReferenceTo } from './artisan.type';

/**
 * Resolves an artisan for the gateway from its key alone, with no query: the
 * training subgraph owns artisans, and this subgraph only adds fields keyed by the id.
 */
export const artisanReference = {
  __resolveReference: (reference: Record<string, unknown>) => artisanReferenceTo(String(reference.id)),
};
