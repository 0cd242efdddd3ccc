import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import type { Logger } from '../logger';
import { INVALID_ARGUMENT_VALUE } from './argument-errors.plugin';
import { ErrorCode } from './errors';

/**
 * Returns Apollo Server's `formatError` for this graph: argument-value errors
 * become BAD_USER_INPUT, and unexpected failures (a dropped database connection,
 * a bug) are logged and answered without their internals.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = { ...formatted.extensions };
    if (extensions[INVALID_ARGUMENT_VALUE]) {
      delete extensions[INVALID_ARGUMENT_VALUE];
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    const original = unwrapResolverError(error);
    if (extensions.code === ErrorCode.INTERNAL_SERVER_ERROR && !(original instanceof GraphQLError)) {
      logger.error('unexpected error while executing an operation', {
        path: formatted.path?.join('.'),
        error: original instanceof Error ? (original.stack ?? original.message) : String(original),
      });
      return { ...formatted, message: 'Internal server error', extensions };
    }
    return formatted;
  };
}
