import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLNonEmptyString, GraphQLPositiveInt, LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time or zone, ISO 8601 `YYYY-MM-DD`; impossible dates are refused. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in ISO 8601 form `YYYY-MM-DD`, without time or time zone.',
});

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
