import { booleanFromEnv, integerFromEnv } from '../../services/shared/platform/env';

/** How the gateway keeps the answers it may serve again (see `responseCachePlugin`). */
export interface ResponseCacheSettings {
  /** Whether answers are cached at all (RESPONSE_CACHE). */
  readonly enabled: boolean;
  /** Bytes of cached answers (their JSON, UTF-8) kept in memory at most; the least recently used go first. */
  readonly maxBytes: number;
  /** Redis, shared by every gateway replica (REDIS_URL); this process's memory when not given. */
  readonly redisUrl?: string;
  /** Prefix of the answers' keys in Redis, so that several graphs can share one. */
  readonly keyPrefix: string;
}

/** Returns the response cache's settings from the environment: RESPONSE_CACHE (on), RESPONSE_CACHE_MAX_MB (64), REDIS_URL, RESPONSE_CACHE_KEY_PREFIX. */
export function responseCacheSettingsFromEnv(): ResponseCacheSettings {
  return {
    enabled: booleanFromEnv('RESPONSE_CACHE', true),
    maxBytes: integerFromEnv('RESPONSE_CACHE_MAX_MB', 64) * 1024 * 1024,
    redisUrl: process.env.REDIS_URL || undefined,
    keyPrefix: process.env.RESPONSE_CACHE_KEY_PREFIX || 'handicrafts-graph:response-cache:',
  };
}
