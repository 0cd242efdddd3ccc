import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

import { Role, type Viewer } from '../viewer';

/** The header in which the gateway (or a subgraph asking a peer) tells a subgraph who the caller is, signed. */
export const IDENTITY_HEADER = 'x-graph-identity';

/** How long a signed identity stays valid after it is signed: long enough to cross a loaded machine, too short to be worth stealing. */
export const IDENTITY_MAX_AGE_MS = 5_000;

/** How far the signer's clock may be ahead of or behind the subgraph's. */
export const IDENTITY_CLOCK_SKEW_MS = 1_000;

const VERSION = 'v2';

interface IdentityPayload {
  /** role */ readonly r: Role;
  /** organisation id */ readonly o: string | null;
  /** key name */ readonly n: string | null;
  /** key prefix */ readonly p: string | null;
  /** request id */ readonly q: string;
  /** audience: the one subgraph it is for */ readonly a: string;
  /** hash of the operation and variables it is for (see `operationHash`) */ readonly h: string;
  /** nonce: the identity is accepted once */ readonly j: string;
  /** issued at, ms since the epoch */ readonly t: number;
}

/** The one request a signed identity is for. */
export interface IdentityBinding {
  /** The request id the subgraph logs. */
  readonly requestId: string;
  /** The name of the subgraph that receives it (e.g. `training`). */
  readonly subgraph: string;
  /** The operation's text, as sent. */
  readonly query: string;
  /** The operation's variables, as sent (none: `{}`). */
  readonly variables: unknown;
}

/** What a valid signed identity says: the caller, and the nonce its replay cache must see only once. */
export interface VerifiedIdentity {
  readonly viewer: Viewer;
  readonly nonce: string;
}

/** Why a subgraph refused a request's identity (answered with HTTP 401). */
export class IdentityRejectedError extends Error {}

/**
 * Returns the value of the identity header for `viewer` on one request: the
 * identity, the request id, the subgraph it is for, a hash of the operation
 * and variables, a nonce and the time, with an HMAC-SHA256 over them under
 * the secret the gateway shares with the subgraphs.
 */
export function signIdentity(viewer: Viewer, binding: IdentityBinding, secret: string, now = Date.now()): string {
  const payload: IdentityPayload = {
    r: viewer.role,
    o: viewer.organizationId,
    n: viewer.keyName,
    p: viewer.keyPrefix,
    q: binding.requestId,
    a: binding.subgraph,
    h: operationHash(binding.query, binding.variables),
    j: randomBytes(16).toString('base64url'),
    t: now,
  };
  const body = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${mac(body, secret)}`;
}

/**
 * Returns the viewer and nonce of a signed identity; throws
 * IdentityRejectedError when the header is missing or malformed, its
 * signature is wrong, or it was signed for another request id, another
 * subgraph, another operation or variables, or more than
 * IDENTITY_MAX_AGE_MS ago (IDENTITY_CLOCK_SKEW_MS allowed either way).
 * Whether the nonce was seen before is the replay cache's to say.
 */
export function verifyIdentity(header: string | undefined, binding: IdentityBinding, secret: string, now = Date.now()): VerifiedIdentity {
  if (!header) {
    throw new IdentityRejectedError('no signed identity: requests reach a subgraph through the gateway');
  }
  const cut = header.lastIndexOf('.');
  const body = header.slice(0, cut);
  const given = Buffer.from(header.slice(cut + 1), 'base64url');
  const expected = Buffer.from(mac(body, secret), 'base64url');
  if (cut < 0 || !body.startsWith(`${VERSION}.`) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new IdentityRejectedError('the identity signature is wrong');
  }
  let payload: IdentityPayload;
  try {
    payload = JSON.parse(Buffer.from(body.slice(VERSION.length + 1), 'base64url').toString('utf8')) as IdentityPayload;
  } catch {
    throw new IdentityRejectedError('the identity is malformed');
  }
  if (!Object.values(Role).includes(payload.r) || typeof payload.t !== 'number' || typeof payload.j !== 'string') {
    throw new IdentityRejectedError('the identity is malformed');
  }
  if (payload.q !== binding.requestId) {
    throw new IdentityRejectedError('the identity was signed for another request');
  }
  if (payload.a !== binding.subgraph) {
    throw new IdentityRejectedError('the identity was signed for another subgraph');
  }
  if (payload.h !== operationHash(binding.query, binding.variables)) {
    throw new IdentityRejectedError('the identity was signed for another operation or other variables');
  }
  if (now - payload.t > IDENTITY_MAX_AGE_MS + IDENTITY_CLOCK_SKEW_MS || payload.t - now > IDENTITY_CLOCK_SKEW_MS) {
    throw new IdentityRejectedError('the identity has expired');
  }
  return { viewer: { role: payload.r, organizationId: payload.o, keyName: payload.n, keyPrefix: payload.p }, nonce: payload.j };
}

/** Returns the SHA-256 (base64url) of an operation's text and its variables as JSON; absent variables hash as `{}`. */
function operationHash(query: string, variables: unknown): string {
  return createHash('sha256')
    .update(query)
    .update('\n')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
