import { IDENTITY_HEADER, signIdentity } from '../auth/caller/signed-identity';
import type { Viewer } from '../auth/viewer';
import { REQUEST_ID_HEADER } from '../http/request-scope';

/** A GraphQL answer from a peer subgraph. */
export interface PeerAnswer {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<string | number> }>;
}

/**
 * Runs an operation on a peer subgraph on behalf of the current request's
 * caller: over HTTP with the caller's identity signed for that peer and that
 * operation, or in the same process (the one-process mode). Rejects when the peer cannot be reached.
 */
export type PeerCaller = (query: string, variables: Record<string, unknown>) => Promise<PeerAnswer>;

/** The peers a subgraph may ask during one request, by subgraph name. */
export type Peers = Readonly<Record<string, PeerCaller | undefined>>;

/** How long to wait for a peer over HTTP before giving up. */
export const PEER_TIMEOUT_MS = 5_000;

/** Who a subgraph asks its peers for: the current request's caller and id. */
export interface PeerRequest {
  readonly viewer: Viewer;
  readonly requestId: string;
}

/**
 * Returns the callers of the peers at `urls` for one request: each posts to
 * its peer with the request id and the caller's identity signed afresh for
 * that peer, that operation and those variables (see `signIdentity`), so
 * the peer checks the caller as the gateway would have it checked, and logs
 * the same request id.
 */
export function httpPeers(urls: Readonly<Record<string, string>>, request: PeerRequest, secret: string): Peers {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]): [string, PeerCaller] => [
      name,
      async (query, variables) => {
        const identity = signIdentity(request.viewer, { requestId: request.requestId, subgraph: name, query, variables }, secret);
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: request.requestId, [IDENTITY_HEADER]: identity },
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
