import { createHash, randomBytes } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { Role } from '../../shared/platform/auth';
import { ApiKey } from './api-key.entity';

/** A key as `createApiKey` returns it: the only time the whole key is seen. */
export interface CreatedApiKey {
  readonly key: string;
  readonly record: ApiKey;
}

/** What a new key is for. */
export interface ApiKeyRequest {
  readonly role: Exclude<Role, Role.ANONYMOUS>;
  /** Required for partner keys, refused for others. */
  readonly organizationId: string | null;
  readonly name: string;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** `hg_`, the 8-character prefix, `_`, and 43 characters of secret (32 random bytes). */
const KEY_PATTERN = /^(hg_[a-z2-7]{8})_[A-Za-z0-9_-]{43}$/;

/** Returns the SHA-256 of a key, in hex: what is stored and compared. The key is 32 random bytes, so no slow hash is needed. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Returns the public prefix of a well-formed key (`hg_` and 8 characters), or null for anything else. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Creates a key, stores its hash, and returns the key itself once. */
export async function createApiKey(dataSource: DataSource, request: ApiKeyRequest): Promise<CreatedApiKey> {
  if ((request.role === Role.PARTNER) !== (request.organizationId !== null)) {
    throw new Error('A partner key needs --org <organisation id>; other roles take none.');
  }
  if (!request.name.trim()) {
    throw new Error('A key needs a --name saying whose it is.');
  }
  const prefix = `hg_${[...randomBytes(8)].map((byte) => BASE32[byte % 32]).join('')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  const repository = dataSource.getRepository(ApiKey);
  const record = await repository.save(
    repository.create({
      prefix,
      secretHash: hashApiKey(key),
      role: request.role,
      organizationId: request.organizationId,
      name: request.name.trim(),
      revokedAt: null,
    }),
  );
  return { key, record };
}

/** Returns every key, newest first (hashes included; never the keys themselves, which are not stored). */
export function listApiKeys(dataSource: DataSource): Promise<ApiKey[]> {
  return dataSource.getRepository(ApiKey).find({ order: { createdAt: 'DESC', id: 'DESC' } });
}

/** Revokes the key with this prefix from now; returns it, or null when no key has the prefix. Revoking twice keeps the first time. */
export async function revokeApiKey(dataSource: DataSource, prefix: string): Promise<ApiKey | null> {
  const repository = dataSource.getRepository(ApiKey);
  await repository
    .createQueryBuilder()
    .update()
    .set({ revokedAt: () => 'now()' })
    .where('prefix = :prefix AND revoked_at IS NULL', { prefix })
    .execute();
  return repository.findOneBy({ prefix });
}
