import { createHmac, timingSafeEqual } from 'node:crypto';

import { Role, type Viewer } from './viewer';

/** The header in which the gateway tells a subgraph who the caller is, signed. */
export const IDENTITY_HEADER = 'x-graph-identity';

/** How long a signed identity stays valid. */
export const IDENTITY_MAX_AGE_MS = 60_000;

const VERSION = 'v1';

interface IdentityPayload {
  /** role */ readonly r: Role;
  /** organisation id */ readonly o: string | null;
  /** key name */ readonly n: string | null;
  /** key prefix */ readonly p: string | null;
  /** request id */ readonly q: string;
  /** issued at, ms since the epoch */ readonly t: number;
}

/** Why a subgraph refused a request's identity (answered with HTTP 401). */
export class IdentityRejectedError extends Error {}

/**
 * Returns the value of the identity header for `viewer` on the request with
 * this id: the identity, the request id and the time, with an HMAC-SHA256
 * over them under the secret the gateway shares with the subgraphs.
 */
export function signIdentity(viewer: Viewer, requestId: string, secret: string, now = Date.now()): string {
  const payload: IdentityPayload = {
    r: viewer.role,
    o: viewer.organizationId,
    n: viewer.keyName,
    p: viewer.keyPrefix,
    q: requestId,
    t: now,
  };
  const body = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${mac(body, secret)}`;
}

/**
 * Returns the viewer a signed identity names; throws IdentityRejectedError
 * when the header is missing or malformed, its signature is wrong, it was
 * signed for another request id, or it is older than a minute.
 */
export function verifyIdentity(header: string | undefined, requestId: string | undefined, secret: string, now = Date.now()): Viewer {
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
  if (!Object.values(Role).includes(payload.r) || typeof payload.t !== 'number') {
    throw new IdentityRejectedError('the identity is malformed');
  }
  if (payload.q !== requestId) {
    throw new IdentityRejectedError('the identity was signed for another request');
  }
  if (now - payload.t > IDENTITY_MAX_AGE_MS || payload.t - now > 5_000) {
    throw new IdentityRejectedError('the identity has expired');
  }
  return { role: payload.r, organizationId: payload.o, keyName: payload.n, keyPrefix: payload.p };
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
