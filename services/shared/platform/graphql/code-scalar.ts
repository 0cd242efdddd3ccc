import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Returns a string scalar for codes from a closed list: values must pass
 * `normalize`, which returns the canonical form of a valid value or `undefined`
 * for an invalid one; `hint` says what is expected.
 */
export function codeScalar(name: string, description: string, normalize: (raw: string) => string | undefined, hint: string) {
  const parse = (raw: unknown): string => {
    const canonical = typeof raw === 'string' ? normalize(raw) : undefined;
    if (canonical === undefined) {
      // A plain error: graphql-js then adds the value's location and type to the message.
      throw new TypeError(`${JSON.stringify(raw)} is not a valid ${name}; ${hint}.`);
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
