import type { IncomingMessage } from 'node:http';

import type { Request, Response } from 'express';

/** One error of a response that the HTTP stack answers itself, before or instead of Apollo Server. */
export interface HttpGraphqlError {
  readonly message: string;
  readonly extensions: { readonly code: string } & Readonly<Record<string, unknown>>;
}

/** The media types of a GraphQL response over HTTP, in the order Apollo Server prefers them when a client accepts both alike. */
const GRAPHQL_RESPONSE_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Answers `errors` with `status` as a GraphQL response: typed
 * `application/graphql-response+json` when the request's `Accept` prefers it
 * (Apollo Client, urql and graphql-request ask for it first), as Apollo Server
 * answers its own errors, so that a client reads `errors[0].extensions.code`
 * whatever the status (Apollo Client treats a non-2xx `application/json` body
 * as a bare server error); `application/json` otherwise.
 */
export function sendGraphqlErrors(request: Request, response: Response, status: number, errors: readonly HttpGraphqlError[]): void {
  const mediaType = request.accepts(GRAPHQL_RESPONSE_MEDIA_TYPES) || 'application/json';
  response.status(status).type(`${mediaType}; charset=utf-8`).send(JSON.stringify({ errors }));
}

/**
 * Returns whether the client's `Accept` names `application/json` but neither
 * `application/graphql-response+json` nor `*\/*`: the GraphQL-over-HTTP
 * specification answers such a client 200 even for a request error.
 */
export function acceptsOnlyJson(request: IncomingMessage): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('application/graphql-response+json') && !accept.includes('*/*');
}
