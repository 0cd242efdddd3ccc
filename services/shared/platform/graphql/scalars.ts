import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLNonEmptyString, GraphQLPositiveInt, LocalDateResolver } from 'graphql-scalars';

/** The first and last years a `Date` or `DateTime` may fall in: PostgreSQL has no year 0, and ISO 8601's four digits end at 9999. */
const YEARS = { first: 1, last: 9999 } as const;

/** Returns whether the ISO 8601 text `iso` (`YYYY-MM-DD…`, UTC for an instant) falls in a year from 0001 to 9999, the years the graph stores. */
export function isStorableIsoDate(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return /^\d{4}-/.test(iso) && year >= YEARS.first && year <= YEARS.last;
}

/** Throws a plain error naming the years allowed unless `iso` falls in one of them. */
function checkYear(iso: string, raw: unknown): void {
  if (!isStorableIsoDate(iso)) {
    throw new TypeError(
      `${JSON.stringify(raw)} is not in a year from 0001 to 9999${iso.slice(0, 10) === String(raw).slice(0, 10) ? '' : ` (in UTC it is ${iso})`}.`,
    );
  }
}

/**
 * Returns `scalar` with its parsed input also bounded to the years 0001 to
 * 9999 (`isoOf` gives a parsed value's ISO text), so that a day PostgreSQL
 * cannot store (year 0) is refused like any other invalid value, naming the
 * argument, instead of failing in SQL.
 */
function withStorableYears(scalar: GraphQLScalarType, isoOf: (value: unknown) => string): GraphQLScalarType {
  const config = scalar.toConfig();
  const bounded = (value: unknown, raw: unknown): unknown => {
    checkYear(isoOf(value), raw);
    return value;
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => bounded(config.parseValue(value), value),
    parseLiteral: (ast, variables) => bounded(config.parseLiteral(ast, variables), ast.kind === Kind.STRING ? ast.value : ast.kind),
  });
}

/** A calendar date without time or zone, ISO 8601 `YYYY-MM-DD` from 0001-01-01 to 9999-12-31; impossible dates are refused. */
export const DateScalar = withStorableYears(
  new GraphQLScalarType({
    ...LocalDateResolver.toConfig(),
    name: 'Date',
    description: 'A calendar date in ISO 8601 form `YYYY-MM-DD`, without time or time zone, from 0001-01-01 to 9999-12-31.',
  }),
  (date) => String(date),
);

/** An instant, RFC 3339 `YYYY-MM-DDThh:mm:ssZ` (or with an offset), whose UTC date falls from 0001-01-01 to 9999-12-31; parsed to a `Date`. */
export const DateTimeScalar = withStorableYears(
  new GraphQLScalarType({
    ...GraphQLDateTime.toConfig(),
    description:
      'An instant in RFC 3339 form, such as `2007-12-03T10:15:30Z` or `2007-12-03T13:45:30+03:30`; output in UTC. In UTC it falls from 0001-01-01 to 9999-12-31.',
  }),
  (instant) => (instant instanceof Date && !Number.isNaN(instant.getTime()) ? instant.toISOString() : ''),
);

/**
 * Returns `scalar` with literal errors rethrown as plain errors, so that
 * graphql-js attaches the offending node and the argument can be named.
 */
function withLocatedLiteralErrors(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseLiteral(ast, variables) {
      try {
        return config.parseLiteral(ast, variables);
      } catch (error) {
        throw new TypeError(error instanceof Error ? error.message : String(error), { cause: error });
      }
    },
  });
}

/** An integer greater than zero. */
export const PositiveIntScalar = withLocatedLiteralErrors(GraphQLPositiveInt);

/** A string with at least one character other than white space. */
export const NonEmptyStringScalar = withLocatedLiteralErrors(GraphQLNonEmptyString);

/** Digits with at most two after the point: the form of every `Decimal` value. */
const DECIMAL_PATTERN = /^(0|[1-9][0-9]{0,17})(\.[0-9]{1,2})?$/;

/** Returns the text of a valid non-negative decimal, trimmed; throws a plain error naming the problem otherwise. */
export function parseDecimal(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('-')) {
    throw new TypeError(`${JSON.stringify(raw)} is negative; a Decimal is zero or more.`);
  }
  if (!DECIMAL_PATTERN.test(text)) {
    throw new TypeError(
      `${JSON.stringify(raw)} is not a Decimal; expected digits with at most two after the point, such as "224000000" or "224000000.50".`,
    );
  }
  return text;
}

/**
 * An exact non-negative decimal (an amount of money), carried as a string so
 * that it never passes through a binary floating-point number: input as a
 * string (or a literal number, whose source text is kept), output as
 * PostgreSQL `numeric` prints it.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact non-negative decimal number written as a string, for example `"224000000"` or `"224000000.50"`: at most 18 digits before the point and 2 after. Never rounded through floating point.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') {
      // A JSON number has already been rounded to binary floating point by the JSON parser.
      throw new TypeError(`Decimal values in variables must be strings, such as "224000000.50"; got ${JSON.stringify(value)}.`);
    }
    return parseDecimal(value);
  },
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) {
      throw new TypeError(`Decimal must be a string or a number, found a ${ast.kind.toLowerCase()}.`);
    }
    return parseDecimal(ast.value);
  },
});
