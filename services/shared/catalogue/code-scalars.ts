import { codeScalar } from '../platform/graphql/code-scalar';
import { findCountry } from './countries';
import { CRAFTS, findCraft } from './crafts';
import { findProvince } from './provinces';

/** An ISO 3166-1 alpha-2 country code; input in any letter case, output in upper case. */
export const CountryCodeScalar = codeScalar(
  'CountryCode',
  'A country as its ISO 3166-1 alpha-2 code, for example `IR` or `IQ`. Input may use any letter case; output is upper case.',
  (raw) => findCountry(raw)?.code,
  'expected an ISO 3166-1 alpha-2 code such as IR or IQ',
);

/** An ISO 3166-2:IR province code that names one of Iran's 31 provinces. */
export const ProvinceCodeScalar = codeScalar(
  'ProvinceCode',
  'One of the 31 provinces of Iran as its current ISO 3166-2:IR code, for example `IR-02` (Mazandaran) or `IR-23` (Tehran).',
  (raw) => findProvince(raw.toUpperCase())?.code,
  'expected an ISO 3166-2:IR code from IR-00 to IR-30',
);

/** The slug of a craft in the catalogue. */
export const CraftSlugScalar = codeScalar(
  'CraftSlug',
  'A craft as its slug in the `crafts` catalogue, for example `kilim` or `copper-utensils`.',
  (raw) => findCraft(raw.toLowerCase())?.slug,
  `expected one of ${CRAFTS.map((craft) => craft.slug).join(', ')}`,
);
