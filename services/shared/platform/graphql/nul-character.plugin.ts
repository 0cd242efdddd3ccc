import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';

import { ErrorCode } from './errors';

/** Returns the path of the first string holding a NUL character inside `value`, or undefined. */
function nulCharacterPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterPath(item, `${path}[${index}]`);
      if (found) {
        return found;
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterPath(item, `${path}.${key}`);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

/**
 * Refuses, with BAD_USER_INPUT and status 400, an operation whose variables or
 * string literals hold a NUL character: no text the graph stores or searches
 * can contain one, and PostgreSQL refuses it.
 */
export const nulCharacterPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let found: string | undefined;
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          found ??= nulCharacterPath(value, `$${name}`);
        }
        if (!found) {
          visit(document, {
            StringValue(node) {
              if (node.value.includes('\u0000')) {
                found = 'a string in the operation';
              }
            },
          });
        }
        if (found) {
          throw new GraphQLError(`Invalid value for "${found}": text must not contain the NUL character (U+0000).`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: found, http: { status: 400 } },
          });
        }
      },
    };
  },
};
