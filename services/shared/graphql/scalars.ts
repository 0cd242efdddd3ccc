import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { findCountry } from '../reference/countries';
import { findCraft } from '../reference/crafts';
import { findProvince } from '../reference/provinces';

/** A calendar date without time or zone, ISO 8601 `YYYY-MM-DD`; impossible dates are refused. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form `YYYY-MM-DD`, without time or time zone.',
});

/**
 * Returns a string scalar whose values must pass `normalize`, which returns the
 * canonical form of a valid value or `undefined` for an invalid one.
 */
function codeScalar(name: string, description: string, normalize: (raw: string) => string | undefined) {
  const parse = (raw: unknown): string => {
    const canonical = typeof raw === 'string' ? normalize(raw) : undefined;
    if (canonical === undefined) {
      // A plain error: graphql-js then adds the value's location and type to the message.
      throw new TypeError(`${JSON.stringify(raw)} is not a valid ${name}.`);
    }
    return canonical;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => parse(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`${name} must be a string, found a ${ast.kind.toLowerCase()}.`, { nodes: ast });
      }
      return parse(ast.value);
    },
  });
}

/** An ISO 3166-1 alpha-2 country code; input in any letter case, output in upper case. */
export const CountryCodeScalar = codeScalar(
  'CountryCode',
  'A country as its ISO 3166-1 alpha-2 code, for example `IR` or `IQ`. Input may use any letter case; output is upper case.',
  (raw) => findCountry(raw)?.code,
);

/** An ISO 3166-2:IR province code that names one of Iran's 31 provinces. */
export const ProvinceCodeScalar = codeScalar(
  'ProvinceCode',
  'One of the 31 provinces of Iran as its current ISO 3166-2:IR code, for example `IR-02` (Mazandaran) or `IR-23` (Tehran).',
  (raw) => findProvince(raw.toUpperCase())?.code,
);

/** The slug of a craft in the catalogue. */
export const CraftSlugScalar = codeScalar(
  'CraftSlug',
  'A craft as its slug in the `crafts` catalogue, for example `kilim` or `copper-utensils`.',
  (raw) => findCraft(raw.toLowerCase())?.slug,
);
