import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { IDENTITY_HEADER, Role, signIdentity, type Viewer } from './platform';
import { createApiKey } from './subgraphs';

/** The secret the test graph's gateway and subgraphs share (GATEWAY_SECRET). */
export const TEST_GATEWAY_SECRET = 'test-gateway-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The admin key of every graph the tests start (ADMIN_API_KEY): a URL given
 * alone to the test client is called with it, so tests that are not about
 * access write and read as an admin.
 */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdefghijklmnopqrstuvwxyz';

/** Where and how a test calls a GraphQL endpoint: its URL and the headers of the caller. */
export interface GraphqlTarget {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers that depend on the operation sent: a subgraph's signed identity (see `asGatewayFor`). */
  readonly headersFor?: (query: string, variables: unknown) => Readonly<Record<string, string>>;
}

/** A GraphQL endpoint as the test client takes it: a URL (called as the test admin) or a target with its own headers. */
export type Endpoint = string | GraphqlTarget;

/** Returns the target a test calls: a URL alone is called with the test admin's key. */
export function targetOf(endpoint: Endpoint): GraphqlTarget {
  return typeof endpoint === 'string' ? { url: endpoint, headers: { authorization: `Bearer ${TEST_ADMIN_KEY}` } } : endpoint;
}

/** Returns the gateway called without a key. */
export function asAnonymous(url: string): GraphqlTarget {
  return { url, headers: {} };
}

/** Returns the gateway called with this API key. */
export function withKey(url: string, key: string): GraphqlTarget {
  return { url, headers: { authorization: `Bearer ${key}` } };
}

/** The viewer of an admin's key, as the gateway would sign it. */
export const ADMIN_VIEWER: Viewer = { role: Role.ADMIN, organizationId: null, keyName: 'test admin', keyPrefix: 'env' };

/** The names of the subgraphs the tests started, by URL: an identity is signed for one subgraph. */
const subgraphNames = new Map<string, string>();

/** Remembers a started subgraph's name by its URL, for `asGatewayFor`. */
export function rememberSubgraph(subgraph: { readonly url: string; readonly name: string }): void {
  subgraphNames.set(subgraph.url, subgraph.name);
}

/**
 * Returns a subgraph called as the gateway would call it for `viewer`: each
 * request with a new request id and an identity signed for that subgraph
 * (remembered by `rememberSubgraph`), that operation and those variables.
 * Tests that reach a subgraph directly (`_entities`) use it; a subgraph
 * refuses any request without one.
 */
export function asGatewayFor(subgraphUrl: string, viewer: Viewer = ADMIN_VIEWER): GraphqlTarget {
  const subgraph = subgraphNames.get(subgraphUrl);
  if (!subgraph) {
    throw new Error(`No subgraph started by the tests is at ${subgraphUrl}: call rememberSubgraph once it is.`);
  }
  return {
    url: subgraphUrl,
    headers: {},
    headersFor: (query, variables) => {
      const requestId = randomUUID();
      return {
        'x-request-id': requestId,
        [IDENTITY_HEADER]: signIdentity(viewer, { requestId, subgraph, query, variables }, TEST_GATEWAY_SECRET),
      };
    },
  };
}

/** The viewer of a caller without a key, as the gateway would sign it. */
export const ANONYMOUS: Viewer = { role: Role.ANONYMOUS, organizationId: null, keyName: null, keyPrefix: null };

/** Returns the viewer of a partner key of this organisation, as the gateway would sign it. */
export function partnerViewer(organizationId: string): Viewer {
  return { role: Role.PARTNER, organizationId, keyName: 'test partner', keyPrefix: 'hg_testpart' };
}

/**
 * Creates an API key in the graph's access schema, as `npm run apikey --
 * create` does, and returns the key itself: a partner key when an
 * organisation is given, otherwise one of `role`.
 */
export async function createTestKey(
  accessDataSource: DataSource,
  role: Role.PARTNER | Role.ANALYST | Role.ADMIN,
  organizationId: string | null = null,
): Promise<string> {
  const { key } = await createApiKey(accessDataSource, { role, organizationId, name: `test ${role.toLowerCase()} key` });
  return key;
}
