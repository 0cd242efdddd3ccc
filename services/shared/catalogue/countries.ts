import { CountryCodeResolver } from 'graphql-scalars';

import { typedId } from '../platform/ids';

/** A country, identified by its ISO 3166-1 alpha-2 code. */
export interface CountryRecord {
  /** Its global id, e.g. `Country:IQ` (see `typedId`). */
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * Returns the country with this ISO 3166-1 alpha-2 code (any letter case), named
 * in English by the runtime's ICU data, or `undefined` for a code that is not
 * assigned.
 */
export function findCountry(code: string): CountryRecord | undefined {
  const upper = code.toUpperCase();
  try {
    CountryCodeResolver.parseValue(upper);
  } catch {
    return undefined;
  }
  return { id: typedId('Country', upper), code: upper, name: englishRegionNames.of(upper) ?? upper };
}
