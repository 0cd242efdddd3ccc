import { createHash, timingSafeEqual } from 'node:crypto';

import type { Request } from 'express';

import { isDatabaseUnavailable } from '../../database/database-errors';
import type { Logger } from '../../logger';
import { ANONYMOUS_VIEWER, Role, type Viewer } from '../viewer';
import { CallerRefusedError, type ViewerStrategy } from './viewer-strategy';

/** How long a key's lookup is reused: a revoked key is refused within this time on every gateway. */
export const KEY_CACHE_MS = 1_000;

/**
 * How long a key verified against the database keeps working while the
 * database does not answer: five minutes. A key revoked in that time may be
 * used until it runs out; a key not verified in that time gets 503
 * DATABASE_UNAVAILABLE.
 */
export const VERIFIED_KEY_GRACE_MS = 5 * 60_000;

const MAX_CACHED_KEYS = 10_000;

/** The name and prefix given to the key of ADMIN_API_KEY. */
const ENVIRONMENT_ADMIN: Viewer = { role: Role.ADMIN, organizationId: null, keyName: 'ADMIN_API_KEY', keyPrefix: 'env' };

/**
 * Looks a stored key up: returns its caller, or null when the key is
 * malformed, unknown or revoked; rejects when the database does not answer.
 * The access subgraph provides it (`storedApiKeyLookup` in `services/access/public.ts`).
 */
export type StoredKeyLookup = (key: string) => Promise<Viewer | null>;

/**
 * The gateway's caller: no `Authorization` header is an anonymous caller;
 * `Bearer <key>` is ADMIN_API_KEY's admin or a stored key's role and
 * organisation. Refused with 401: a header that is not `Bearer <key>`, a key
 * that is malformed, unknown or revoked, and any `x-api-key` header (the
 * graph reads keys from `Authorization` only, and says so). Lookups are kept
 * KEY_CACHE_MS; while the database does not answer, a key verified within
 * VERIFIED_KEY_GRACE_MS keeps its caller and any other gets 503
 * DATABASE_UNAVAILABLE.
 */
export class ApiKeyStrategy implements ViewerStrategy {
  private readonly lookups = new Map<string, { readonly viewer: Viewer | null; readonly checkedAt: number }>();

  constructor(
    private readonly lookUp: StoredKeyLookup,
    private readonly logger: Logger,
    /** The value of ADMIN_API_KEY, when set. */
    private readonly adminKey?: string,
  ) {}

  /** Returns who the caller is; throws CallerRefusedError (401, or 503 during a database outage). */
  async resolve(request: Request): Promise<Viewer> {
    if (request.headers['x-api-key'] !== undefined) {
      throw unauthenticated('The x-api-key header is not read by this graph: send the key as `Authorization: Bearer <key>`.');
    }
    const authorization = request.headers.authorization;
    if (!authorization?.trim()) {
      return ANONYMOUS_VIEWER;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      throw unauthenticated('The Authorization header must be `Bearer <key>`.');
    }
    const key = match[1];
    if (this.adminKey && sameText(key, this.adminKey)) {
      return ENVIRONMENT_ADMIN;
    }
    const viewer = await this.storedKeyViewer(key);
    if (!viewer) {
      throw unauthenticated('The API key is unknown, revoked, or not an API key of this graph.');
    }
    return viewer;
  }

  private async storedKeyViewer(key: string): Promise<Viewer | null> {
    const digest = createHash('sha256').update(key).digest('base64url');
    const now = Date.now();
    const cached = this.lookups.get(digest);
    if (cached && now - cached.checkedAt < KEY_CACHE_MS) {
      return cached.viewer;
    }
    let viewer: Viewer | null;
    try {
      viewer = await this.lookUp(key);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        throw error;
      }
      if (cached?.viewer && now - cached.checkedAt < VERIFIED_KEY_GRACE_MS) {
        this.logger.warn('API key not checked: the database did not answer; it was verified recently', {
          keyPrefix: cached.viewer.keyPrefix,
        });
        return cached.viewer;
      }
      throw new CallerRefusedError(
        'The database did not answer while checking the API key; try again shortly.',
        'DATABASE_UNAVAILABLE',
        503,
      );
    }
    if (this.lookups.size >= MAX_CACHED_KEYS && !cached) {
      this.lookups.clear();
    }
    this.lookups.set(digest, { viewer, checkedAt: now });
    return viewer;
  }
}

function unauthenticated(message: string): CallerRefusedError {
  return new CallerRefusedError(message, 'UNAUTHENTICATED', 401, 'Bearer');
}

/** Compares two strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
