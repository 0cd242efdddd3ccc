import type { RequestHandler } from 'express';

import { ErrorCode } from '../graphql/errors';
import type { Logger } from '../logger';
import { nestingDepth } from './nesting-depth';
import { requestScopeOf } from './request-scope';
import { sendGraphqlErrors } from './send-graphql-errors';
import { valueDepth } from './value-depth';

/** The parts of a GraphQL request over HTTP that a parser reads recursively. */
interface GraphqlRequestParts {
  readonly query?: unknown;
  readonly variables?: unknown;
  readonly extensions?: unknown;
}

/**
 * Returns the step that refuses, before GraphQL parses anything, a request
 * whose document or variables nest deeper than `maxNesting`: status 400,
 * code NESTING_TOO_DEEP, `extensions.limit` and the request id. graphql-js
 * parses, validates and coerces recursively, so a few thousand nested
 * fragments or a variable nested 100,000 deep would overflow the stack.
 * Both a POST's JSON body and a GET's query string are measured.
 */
export function nestingGuard(maxNesting: number, logger: Logger): RequestHandler {
  return (request, response, next) => {
    const body = (request as { body?: unknown }).body;
    const fromBody = Array.isArray(body) ? (body as unknown[]) : [body];
    const parts = [...fromBody, request.method === 'GET' ? (request.query as GraphqlRequestParts) : undefined];
    const tooDeep =
      valueDepth(body, maxNesting + 1) > maxNesting + 1 ||
      parts.some((part) => part !== null && typeof part === 'object' && partTooDeep(part as GraphqlRequestParts, maxNesting));
    if (!tooDeep) {
      next();
      return;
    }
    const scope = requestScopeOf(request, logger);
    scope.errorCodes.add(ErrorCode.NESTING_TOO_DEEP);
    sendGraphqlErrors(request, response, 400, [
      {
        message: `The operation or its variables nest deeper than ${maxNesting} levels.`,
        extensions: { code: ErrorCode.NESTING_TOO_DEEP, limit: { name: 'nesting', max: maxNesting }, requestId: scope.requestId },
      },
    ]);
  };
}

/** Returns whether the document, the variables or the extensions of one request nest deeper than `max`; a GET's variables are still JSON text. */
function partTooDeep(part: GraphqlRequestParts, max: number): boolean {
  return [part.query, part.variables, part.extensions].some((value) =>
    typeof value === 'string' ? nestingDepth(value, max) > max : valueDepth(value, max) > max,
  );
}
