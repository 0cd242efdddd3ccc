import { timingSafeEqual } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { StoredKeyLookup, Viewer } from '../../shared/platform/auth';
import { ApiKey } from './api-key.entity';
import { apiKeyPrefix, hashApiKey } from './api-key.service';

/**
 * Returns the lookup of stored keys in the `access` schema for the gateway's
 * `ApiKeyStrategy`: a key's role, organisation, name and prefix, or null when
 * the key is malformed, unknown or revoked. It rejects when the database does not answer.
 */
export function storedApiKeyLookup(dataSource: DataSource): StoredKeyLookup {
  return async (key: string): Promise<Viewer | null> => {
    const prefix = apiKeyPrefix(key);
    if (!prefix) {
      return null;
    }
    const record = await dataSource.getRepository(ApiKey).findOneBy({ prefix });
    const hash = Buffer.from(hashApiKey(key));
    const stored = Buffer.from(record?.secretHash ?? '');
    if (!record || record.revokedAt !== null || stored.length !== hash.length || !timingSafeEqual(stored, hash)) {
      return null;
    }
    return { role: record.role, organizationId: record.organizationId, keyName: record.name, keyPrefix: record.prefix };
  };
}
