import { GraphQLError } from 'graphql';

/**
 * The closed set of `extensions.code` values on top-level GraphQL errors that
 * this graph raises itself (Apollo Server adds its own parse and validation codes).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** The subgraph's database did not answer (stopped, restarting, unreachable or too slow); try again shortly. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The gateway got no answer from a subgraph in time; `extensions.serviceName` names it. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** What remains of the caller's budget of cost points cannot pay for the operation (HTTP 429); `Retry-After` and `extensions.rateLimit.resetAt` say when it is whole again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The gateway stopped an operation that ran longer than OPERATION_TIMEOUT_MS (HTTP 504). */
  OPERATION_TIMEOUT: 'OPERATION_TIMEOUT',
  /** The document or the variables nest deeper than MAX_NESTING (HTTP 400), refused before parsing; `extensions.limit` says how deep. */
  NESTING_TOO_DEEP: 'NESTING_TOO_DEEP',
  /** An automatic persisted query whose `sha256Hash` is not the hash of the query text sent with it (HTTP 400); Apollo Server itself gives it no code. */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** A `documentId` (or a persisted query's hash sent without its text) that names no trusted document (HTTP 400; 200 to `application/json` clients). */
  PERSISTED_DOCUMENT_NOT_FOUND: 'PERSISTED_DOCUMENT_NOT_FOUND',
  /** Operation text from a caller whose role may send trusted documents only (TRUSTED_DOCUMENTS=only; HTTP 400, 200 to `application/json` clients). */
  PERSISTED_DOCUMENT_REQUIRED: 'PERSISTED_DOCUMENT_REQUIRED',
  /** A request Apollo Server or the gateway cannot read as GraphQL over HTTP (a body that is not JSON, a `documentId` that is not text, `query` and `documentId` both). */
  BAD_REQUEST: 'BAD_REQUEST',
} as const;

/** A caller mistake in one argument: `extensions.code` is BAD_USER_INPUT and `extensions.argumentName` names it. */
export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, problem: string) {
    super(`Invalid value for "${argumentName}": ${problem}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
    });
  }
}

/**
 * Another service that an operation depends on (a peer subgraph) did not
 * answer, so the operation stopped before writing anything:
 * `extensions.code` is SERVICE_UNAVAILABLE and `extensions.service` names it.
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor(service: string, reason: string) {
    super(`The ${service} service did not answer (${reason}); nothing was written. Try again later.`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service },
    });
  }
}

/** The caller gave no key, or a key that is unknown or revoked, for something that needs one: `extensions.code` is UNAUTHENTICATED. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'This needs an API key: send `Authorization: Bearer <key>`.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

/** The caller is known but may not see or do this: `extensions.code` is FORBIDDEN. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}
