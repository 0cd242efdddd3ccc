import { findCountry } from './countries';
import { findCraft } from './crafts';
import { findProvince } from './provinces';

/**
 * `__resolveReference` for the catalogue entities. Every subgraph resolves them
 * from the same in-process catalogue, so a subgraph never needs another to
 * name a province, craft or country.
 */
export const catalogueReferenceResolvers = {
  Province: { __resolveReference: (reference: Record<string, unknown>) => findProvince(String(reference.code)) ?? null },
  Craft: { __resolveReference: (reference: Record<string, unknown>) => findCraft(String(reference.slug)) ?? null },
  Country: { __resolveReference: (reference: Record<string, unknown>) => findCountry(String(reference.code)) ?? null },
};
