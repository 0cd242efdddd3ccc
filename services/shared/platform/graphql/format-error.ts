import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import { isDatabaseUnavailable, isNulCharacterRefusal, loggableError } from '../database/database-errors';
import type { Logger } from '../logger';
import { INVALID_ARGUMENT_VALUE } from './argument-errors.plugin';
import { ErrorCode } from './errors';

/**
 * Returns Apollo Server's `formatError` for this graph: argument-value errors
 * become BAD_USER_INPUT; a database that does not answer becomes
 * DATABASE_UNAVAILABLE; other unexpected failures (a bug) are logged and
 * answered without their internals. Logged errors carry their message and
 * stack, never SQL parameters.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = { ...formatted.extensions };
    if (extensions[INVALID_ARGUMENT_VALUE]) {
      delete extensions[INVALID_ARGUMENT_VALUE];
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (extensions.serviceName) {
      // On the gateway, a subgraph's error as that subgraph formatted (and, if unexpected, logged) it.
      return formatted;
    }
    const original = unwrapResolverError(error);
    if (extensions.code === ErrorCode.INTERNAL_SERVER_ERROR && !(original instanceof GraphQLError)) {
      if (isDatabaseUnavailable(original)) {
        logger.warn('database unavailable', { path: formatted.path?.join('.'), err: loggableError(original) });
        return {
          ...formatted,
          message: 'The database did not answer; try again shortly.',
          extensions: { ...extensions, code: ErrorCode.DATABASE_UNAVAILABLE },
        };
      }
      if (isNulCharacterRefusal(original)) {
        return {
          ...formatted,
          message: 'Invalid input: text must not contain the NUL character (U+0000).',
          extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT },
        };
      }
      logger.error('unexpected error while executing an operation', { path: formatted.path?.join('.'), err: loggableError(original) });
      return { ...formatted, message: 'Internal server error', extensions };
    }
    return formatted;
  };
}
