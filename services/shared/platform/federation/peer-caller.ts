import type { IncomingMessage } from 'node:http';

import { IDENTITY_HEADER } from '../auth/identity-header';
import { REQUEST_ID_HEADER } from '../http/request-scope';

/** A GraphQL answer from a peer subgraph. */
export interface PeerAnswer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<string | number> }>;
}

/**
 * Runs an operation on a peer subgraph on behalf of the current request's
 * caller: over HTTP with the gateway's signed identity forwarded, or in the
 * same process (the one-process mode). Rejects when the peer cannot be reached.
 */
export type PeerCaller = (query: string, variables: Record<string, unknown>) => Promise<PeerAnswer>;

/** The peers a subgraph may ask during one request, by subgraph name. */
export type Peers = Readonly<Record<string, PeerCaller | undefined>>;

/** How long to wait for a peer over HTTP before giving up. */
export const PEER_TIMEOUT_MS = 5_000;

/**
 * Returns the callers of the peers at `urls` for one request: each posts to
 * its peer with the caller's signed identity and request id as the gateway
 * sent them (valid for a minute), so the peer checks the caller as the
 * gateway would have it checked, and logs the same request id.
 */
export function httpPeers(urls: Readonly<Record<string, string>>, request: IncomingMessage): Peers {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of [IDENTITY_HEADER, REQUEST_ID_HEADER]) {
    const value = request.headers[name];
    if (typeof value === 'string') {
      headers[name] = value;
    }
  }
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]): [string, PeerCaller] => [
      name,
      async (query, variables) => {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(PEER_TIMEOUT_MS),
        });
        if (!response.ok) {
          throw new Error(`HTTP status ${response.status}`);
        }
        return (await response.json()) as PeerAnswer;
      },
    ]),
  );
}
