import type { Request } from 'express';

import type { Viewer } from '../viewer';
import type { ReplayCache } from './replay-cache';
import { IDENTITY_CLOCK_SKEW_MS, IDENTITY_HEADER, IDENTITY_MAX_AGE_MS, IdentityRejectedError, verifyIdentity } from './signed-identity';
import { CallerRefusedError, type ViewerStrategy } from './viewer-strategy';

/**
 * A subgraph's caller: the signed identity of the request (see
 * `signIdentity`), valid only for this subgraph, this request id, this
 * operation and variables, for seconds, and once (the nonce is claimed in
 * `replayCache`). Anything else is refused with 401, so calling a subgraph
 * directly, or replaying what it was sent, bypasses nothing.
 */
export class SignedIdentityStrategy implements ViewerStrategy {
  constructor(
    /** The name of the subgraph this strategy runs in. */
    private readonly subgraph: string,
    /** The secret the gateway shares with the subgraphs. */
    private readonly secret: string,
    private readonly replayCache: ReplayCache,
  ) {}

  /** Returns the viewer the request's identity names; throws CallerRefusedError (401) for any identity not valid for it. */
  async resolve(request: Request): Promise<Viewer> {
    const header = request.headers[IDENTITY_HEADER];
    const requestId = request.headers['x-request-id'];
    // Signers post; a GET carries its operation in the query string.
    const sent = (request.method === 'GET' ? request.query : request.body) as { query?: unknown; variables?: unknown } | undefined;
    try {
      const { viewer, nonce } = verifyIdentity(
        typeof header === 'string' ? header : undefined,
        {
          requestId: typeof requestId === 'string' ? requestId : '',
          subgraph: this.subgraph,
          query: typeof sent?.query === 'string' ? sent.query : '',
          variables: request.method === 'GET' ? parsedVariables(sent?.variables) : sent?.variables,
        },
        this.secret,
      );
      if (!(await this.replayCache.claim(nonce, IDENTITY_MAX_AGE_MS + 2 * IDENTITY_CLOCK_SKEW_MS))) {
        throw new IdentityRejectedError('the identity was already used');
      }
      return viewer;
    } catch (error) {
      if (error instanceof IdentityRejectedError) {
        throw new CallerRefusedError(`Refused: ${error.message}.`, 'UNAUTHENTICATED', 401);
      }
      throw error;
    }
  }
}

/** Returns a GET's `variables` parameter as the JSON it spells, or as given when it is not JSON. */
function parsedVariables(variables: unknown): unknown {
  if (typeof variables !== 'string') {
    return variables;
  }
  try {
    return JSON.parse(variables) as unknown;
  } catch {
    return variables;
  }
}
