import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses with status 400 an operation of a kind the schema has no root type
 * for (a subscription: the graph has none). graphql-js validation lets it
 * through, and Apollo Gateway's query planner then failed with status 500.
 */
export const unsupportedOperationPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, schema }) {
        if (operation && !schema.getRootType(operation.operation)) {
          throw new GraphQLError(`This graph has no ${operation.operation} operations.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        }
      },
    };
  },
};
