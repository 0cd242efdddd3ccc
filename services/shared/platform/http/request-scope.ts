import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Logger } from '../logger';

/** Header that carries a request's id from the client to the gateway, from the gateway to the subgraphs, and back. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a client may choose: short, and safe to write into logs and headers. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** How a request ended, as metrics and access lines name it. */
export type RequestOutcome = 'ok' | 'errors' | 'rejected' | 'failed';

/**
 * What one HTTP request carries through the middleware, the GraphQL context
 * and the access line: its id, a logger bound to that id, and what the
 * GraphQL layer learnt about it (operation name, error codes).
 */
export interface RequestScope {
  readonly requestId: string;
  /** Lines written through it carry `requestId`. */
  readonly log: Logger;
  /** The operation's name once it has passed validation; unset for unnamed or invalid operations. */
  operationName?: string;
  /** `extensions.code` of every error in the response. */
  readonly errorCodes: Set<string>;
}

/** The fields every GraphQL context of the graph has: the request id and a logger bound to it. */
export interface RequestContext {
  readonly requestId: string;
  readonly log: Logger;
  readonly requestScope: RequestScope;
}

const SCOPE = Symbol('requestScope');

/**
 * Returns the request's scope, creating it on first call: the id from
 * `x-request-id` when the client sent an acceptable one, a new UUID otherwise.
 */
export function requestScopeOf(request: IncomingMessage, logger: Logger): RequestScope {
  const holder = request as IncomingMessage & { [SCOPE]?: RequestScope };
  if (!holder[SCOPE]) {
    const given = request.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
    holder[SCOPE] = { requestId, log: logger.child({ requestId }), errorCodes: new Set() };
  }
  return holder[SCOPE];
}

/** Returns the fields of `RequestContext` for a request's scope. */
export function requestContextFields(scope: RequestScope): RequestContext {
  return { requestId: scope.requestId, log: scope.log, requestScope: scope };
}

/** Returns the outcome of a finished response from its status and the GraphQL errors it carried. */
export function outcomeOf(response: ServerResponse, scope: RequestScope): RequestOutcome {
  if (response.statusCode >= 500) {
    return 'failed';
  }
  if (response.statusCode >= 400) {
    return 'rejected';
  }
  return scope.errorCodes.size > 0 ? 'errors' : 'ok';
}
