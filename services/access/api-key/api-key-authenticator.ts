import { timingSafeEqual } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { ANONYMOUS_VIEWER, Role, type Viewer } from '../../shared/platform/auth';
import { UnauthenticatedError } from '../../shared/platform/graphql';
import { ApiKey } from './api-key.entity';
import { apiKeyPrefix, hashApiKey } from './api-key.service';

/** How long a key's lookup is reused: a revoked key is refused within this time on every gateway. */
export const KEY_CACHE_MS = 1_000;
const MAX_CACHED_KEYS = 10_000;

/** The name and prefix given to the key of ADMIN_API_KEY. */
const ENVIRONMENT_ADMIN: Viewer = { role: Role.ADMIN, organizationId: null, keyName: 'ADMIN_API_KEY', keyPrefix: 'env' };

/**
 * Turns an `Authorization` header into the caller's identity: no header is
 * an anonymous caller; `Bearer <key>` is the key's role and organisation, or
 * UNAUTHENTICATED when the key is malformed, unknown or revoked. Lookups are
 * kept for a second, so that a revocation takes effect within one.
 */
export class ApiKeyAuthenticator {
  private readonly cache = new Map<string, { readonly viewer: Viewer | null; readonly until: number }>();

  constructor(
    private readonly dataSource: DataSource,
    /** The value of ADMIN_API_KEY, when set. */
    private readonly adminKey?: string,
  ) {}

  /** Returns who the caller is; throws UnauthenticatedError for a key that names no usable key. */
  async authenticate(authorization: string | undefined): Promise<Viewer> {
    if (!authorization?.trim()) {
      return ANONYMOUS_VIEWER;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      throw new UnauthenticatedError('The Authorization header must be `Bearer <key>`.');
    }
    const key = match[1];
    if (this.adminKey && sameText(key, this.adminKey)) {
      return ENVIRONMENT_ADMIN;
    }
    const prefix = apiKeyPrefix(key);
    if (!prefix) {
      throw new UnauthenticatedError('That is not an API key of this graph.');
    }
    const hash = hashApiKey(key);
    const now = Date.now();
    let cached = this.cache.get(hash);
    if (!cached || cached.until <= now) {
      cached = { viewer: await this.lookUp(prefix, hash), until: now + KEY_CACHE_MS };
      if (this.cache.size >= MAX_CACHED_KEYS) {
        this.cache.clear();
      }
      this.cache.set(hash, cached);
    }
    if (!cached.viewer) {
      throw new UnauthenticatedError('The API key is unknown or revoked.');
    }
    return cached.viewer;
  }

  private async lookUp(prefix: string, hash: string): Promise<Viewer | null> {
    const record = await this.dataSource.getRepository(ApiKey).findOneBy({ prefix });
    if (!record || record.revokedAt !== null || !sameText(record.secretHash, hash)) {
      return null;
    }
    return { role: record.role, organizationId: record.organizationId, keyName: record.name, keyPrefix: record.prefix };
  }
}

/** Compares two strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
