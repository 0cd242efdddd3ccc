import { GraphQLError } from 'graphql';

/** The limits on one operation (the gateway's, and a subgraph's ceilings), as `extensions.limit.name` names them. */
export type OperationLimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'fields' | 'nodes' | 'cost';

/**
 * Returns the error that refuses an operation over one of the gateway's
 * limits or a subgraph's ceilings before it runs: code
 * GRAPHQL_VALIDATION_FAILED, status 400, and `extensions.limit` with the
 * limit's name and value (the message names both too).
 */
export function limitExceededError(message: string, name: OperationLimitName, max: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name, max }, http: { status: 400 } },
  });
}
