import { parseTypedId } from '../platform/ids';
import { findCountry } from './countries';
import { findCraft } from './crafts';
import { findProvince } from './provinces';

/** The catalogue's kinds of record that have typed global ids, with how to find one by its natural key. */
const FINDERS: Readonly<Record<string, (key: string) => { readonly id: string } | undefined>> = {
  Country: findCountry,
  Province: findProvince,
  Craft: findCraft,
};

/**
 * Returns the type of the catalogue record `id` names exactly as that record's
 * own `id` is written (`Country:IQ`, not `Country:iq`), or null for any other
 * string. Decoded in the process: no subgraph is asked.
 */
export function catalogueNodeType(id: string): string | null {
  const parts = parseTypedId(id);
  const find = parts && Object.hasOwn(FINDERS, parts.typeName) ? FINDERS[parts.typeName] : undefined;
  return parts && find?.(parts.key)?.id === id ? parts.typeName : null;
}
