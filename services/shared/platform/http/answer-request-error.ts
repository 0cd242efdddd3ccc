import type { IncomingMessage } from 'node:http';

import type { Request, Response } from 'express';

import type { RequestScope } from './request-scope';

/** The media types of a GraphQL response, as Apollo Server chooses between them: `application/json` unless the client prefers the other. */
const RESPONSE_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Returns whether the client's `Accept` names `application/json` but neither
 * `application/graphql-response+json` nor `*\/*`: the GraphQL-over-HTTP
 * specification answers such a client 200 even for a request error.
 */
export function acceptsOnlyJson(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('application/graphql-response+json') && !accept.includes('*/*');
}

/**
 * Answers a `/graphql` request refused before Apollo Server runs (a guard's
 * refusal) as Apollo Server answers a request error: one GraphQL error
 * carrying `extensions.code`, in the media type the client prefers, with
 * `status`, except that a 400 is 200 for a client that accepts only
 * `application/json` (see `acceptsOnlyJson`). The code goes to the request's
 * access line and metrics.
 */
export function answerRequestError(
  request: Request,
  response: Response,
  scope: RequestScope,
  status: number,
  error: { readonly message: string; readonly extensions: { readonly code: string } & Readonly<Record<string, unknown>> },
): void {
  scope.errorCodes.add(error.extensions.code);
  const mediaType = request.accepts(RESPONSE_MEDIA_TYPES) || RESPONSE_MEDIA_TYPES[0];
  response
    .status(status === 400 && acceptsOnlyJson(request) ? 200 : status)
    .type(`${mediaType}; charset=utf-8`)
    .send(JSON.stringify({ errors: [error] }));
}
