import type { IncomingMessage } from 'node:http';

import { IDENTITY_HEADER } from '../auth/identity-header';
import { ServiceUnavailableError } from '../graphql/errors';
import { REQUEST_ID_HEADER } from '../http/request-scope';

/** An entity as the gateway names it to a subgraph: its type name and its key fields. */
export interface EntityRepresentation {
  readonly __typename: string;
  readonly [keyField: string]: unknown;
}

/** How long to wait for the peer before giving up. */
const TIMEOUT_MS = 5_000;

const ENTITIES_QUERY = 'query EntityExistence($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

/**
 * Asks another subgraph whether entities exist, through its federation
 * `_entities` field, exactly as the gateway would ask for them: a subgraph
 * that refers to entities owned by another (an artisan, an organisation)
 * checks them this way before writing.
 */
export class EntityExistenceClient {
  constructor(
    /** Name of the subgraph asked, for error messages (e.g. `training`). */
    private readonly subgraphName: string,
    /** Its GraphQL URL; undefined when none is configured. */
    private readonly url: string | undefined,
    /** The caller's signed identity and request id, as the gateway sent them (see `forwardedIdentity`). */
    private readonly identityHeaders: Readonly<Record<string, string>>,
  ) {}

  /**
   * Returns the representations that name no entity, in the order given, with
   * one HTTP request for all of them. Throws a `ServiceUnavailableError` when
   * the subgraph does not answer, answers with an error, or has no URL.
   */
  async findMissing(representations: readonly EntityRepresentation[]): Promise<EntityRepresentation[]> {
    if (representations.length === 0) {
      return [];
    }
    if (!this.url) {
      throw new ServiceUnavailableError(this.subgraphName, 'no URL is configured for it');
    }
    let body: { data?: { _entities?: Array<{ __typename: string } | null> } | null; errors?: Array<{ message: string }> };
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.identityHeaders },
        body: JSON.stringify({ query: ENTITIES_QUERY, variables: { representations } }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) {
        throw new Error(`HTTP status ${response.status}`);
      }
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new ServiceUnavailableError(this.subgraphName, error instanceof Error ? describeFailure(error) : String(error));
    }
    const entities = body.data?._entities;
    if (body.errors?.length || !entities || entities.length !== representations.length) {
      throw new ServiceUnavailableError(
        this.subgraphName,
        `it answered with an error: ${body.errors?.[0]?.message ?? 'no _entities in the response'}`,
      );
    }
    return representations.filter((_, index) => entities[index] === null);
  }
}

/** Returns a short reason for a failed request: a timeout, a refused connection, or the error message. */
function describeFailure(error: Error): string {
  if (error.name === 'TimeoutError') {
    return `no answer within ${TIMEOUT_MS / 1000} s`;
  }
  const cause = (error as Error & { cause?: { code?: string } }).cause;
  return cause?.code ?? error.message;
}

/**
 * Returns the headers that let a subgraph ask a peer on behalf of the same
 * caller: the gateway's signed identity and the request id it was signed
 * for (valid for a minute), so the peer checks the caller as the gateway
 * would have it checked, and logs the same request id.
 */
export function forwardedIdentity(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of [IDENTITY_HEADER, REQUEST_ID_HEADER]) {
    const value = request.headers[name];
    if (typeof value === 'string') {
      headers[name] = value;
    }
  }
  return headers;
}
