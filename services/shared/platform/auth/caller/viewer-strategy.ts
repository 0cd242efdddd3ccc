import type { Request } from 'express';

import type { Viewer } from '../viewer';

/**
 * One way of telling who is calling from an HTTP request: the API key at the
 * gateway (`ApiKeyStrategy`), the gateway's signed identity at a subgraph
 * (`SignedIdentityStrategy`). `callerMiddleware` runs one.
 */
export interface ViewerStrategy {
  /** Returns the request's caller; throws CallerRefusedError when the request names a caller that cannot be established. */
  resolve(request: Request): Promise<Viewer>;
}

/** Why a request's caller was not established, and how to answer it before any GraphQL runs. */
export class CallerRefusedError extends Error {
  constructor(
    message: string,
    /** The GraphQL error code of the answer (UNAUTHENTICATED, DATABASE_UNAVAILABLE). */
    readonly code: 'UNAUTHENTICATED' | 'DATABASE_UNAVAILABLE',
    /** The HTTP status of the answer. */
    readonly status: 401 | 503,
    /** The `WWW-Authenticate` challenge of a 401, when the caller can answer one. */
    readonly challenge?: string,
  ) {
    super(message);
  }
}
