import { parseTypedId } from '../platform/ids';
import { findCountry } from './countries';
import { findCraft } from './crafts';
import { findProvince } from './provinces';

/**
 * `__resolveReference` for the catalogue entities, by their natural key
 * (`code`, `slug`) or their global `id`. Every subgraph resolves them from the
 * same in-process catalogue, so a subgraph never needs another to name a
 * province, craft or country.
 */
export const catalogueReferenceResolvers = {
  Province: {
    __resolveReference: (reference: Record<string, unknown>) => findProvince(naturalKeyOf(reference, 'Province', 'code')) ?? null,
  },
  Craft: { __resolveReference: (reference: Record<string, unknown>) => findCraft(naturalKeyOf(reference, 'Craft', 'slug')) ?? null },
  Country: { __resolveReference: (reference: Record<string, unknown>) => findCountry(naturalKeyOf(reference, 'Country', 'code')) ?? null },
};

/** Returns the natural key a reference gives: its `keyField`, or the key its typed `id` holds for `typeName` (empty for none). */
function naturalKeyOf(reference: Record<string, unknown>, typeName: string, keyField: string): string {
  const key = reference[keyField];
  if (typeof key === 'string') {
    return key;
  }
  const parts = typeof reference.id === 'string' ? parseTypedId(reference.id) : undefined;
  return parts?.typeName === typeName ? parts.key : '';
}
