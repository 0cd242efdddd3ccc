import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import { isDatabaseUnavailable, isNulCharacterRefusal, loggableError } from '../database/database-errors';
import { currentRequestId, type Logger } from '../logger';
import { INVALID_ARGUMENT_VALUE } from './argument-errors.plugin';
import { ErrorCode } from './errors';

/** How the formatter answers; see `createErrorFormatter`. */
export interface ErrorFormatterOptions {
  /**
   * NODE_ENV=production: an unexpected error is only its code and the request
   * id, and no message suggests names from the schema ("Did you mean …?").
   */
  readonly production?: boolean;
}

/** Apollo Server's message, without a code, for an automatic persisted query whose hash does not match its text. */
const PERSISTED_QUERY_HASH_MISMATCH = 'provided sha does not match query';

/** graphql-js's hint at names close to a misspelt one, as it ends a message (field, argument, type or enum value). */
const SUGGESTION = / ?Did you mean [^?]*\?$/;

/**
 * Returns Apollo Server's `formatError` for this graph: argument-value errors
 * become BAD_USER_INPUT; a persisted query's hash that does not match its
 * text, PERSISTED_QUERY_HASH_MISMATCH; a database that does not answer becomes
 * DATABASE_UNAVAILABLE; other unexpected failures (a bug) are logged and
 * answered without their internals (in production, as nothing but their code
 * and the request id, which finds the logged details). Logged errors carry
 * their message and stack, never SQL parameters.
 */
export function createErrorFormatter(logger: Logger, options: ErrorFormatterOptions = {}) {
  const production = options.production ?? false;
  // Apollo Server's own hiding of suggestions covers validation only; variable errors carry them too.
  const withoutSuggestions = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
    production && SUGGESTION.test(formatted.message) ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') } : formatted;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = { ...formatted.extensions };
    if (extensions[INVALID_ARGUMENT_VALUE]) {
      delete extensions[INVALID_ARGUMENT_VALUE];
      return withoutSuggestions({ ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } });
    }
    if (formatted.message === PERSISTED_QUERY_HASH_MISMATCH && extensions.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      // Apollo Server answers 400 but leaves the code out, which would read as our own crash.
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.PERSISTED_QUERY_HASH_MISMATCH } };
    }
    if (extensions.serviceName) {
      // On the gateway, a subgraph's error as that subgraph formatted (and, if unexpected, logged) it.
      return formatted;
    }
    const original = underlyingError(error);
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
      if (production) {
        // Not even the path: the log line, found by the request id, has it.
        return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: currentRequestId() } };
      }
      return { ...formatted, message: 'Internal server error', extensions };
    }
    return withoutSuggestions(formatted);
  };
}

/**
 * Returns the error behind what Apollo Server formats: a resolver's own, or
 * the one Apollo Server wrapped in a GraphQLError when it came from outside
 * execution (a plugin, the query planner, a stack overflow while walking the
 * operation), so that such a crash is masked like any other.
 */
function underlyingError(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof GraphQLError && unwrapped.originalError && !(unwrapped.originalError instanceof GraphQLError)) {
    return unwrapped.originalError;
  }
  return unwrapped;
}
