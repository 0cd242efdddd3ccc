import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/**
 * A key-value cache in Redis for Apollo Server's plugins: every key under
 * `keyPrefix`, each value expiring after its `ttl` in seconds (a value
 * without one is not kept). Redis that does not answer is a miss, and a
 * value it does not take is not kept: a cache that fails must not fail the
 * request (the connection logs the failure, see `connectRedis`).
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  /** Returns the value kept under `key`; undefined when there is none, or Redis does not answer. */
  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.keyPrefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps `value` under `key` for `options.ttl` seconds. */
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!options?.ttl) {
      // Every answer kept must expire: one without a lifetime is not kept at all.
      return;
    }
    try {
      // Whole seconds, at least one: what cache hints are made of.
      await this.redis.set(this.keyPrefix + key, value, 'EX', Math.max(Math.ceil(options.ttl), 1));
    } catch {
      // Not kept: the next request asks the subgraphs again.
    }
  }

  /** Removes the value under `key`; returns whether there was one. */
  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.keyPrefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
