import { Redis } from 'ioredis';

import type { Logger } from '../logger';

/** How long a Redis command may take before its caller does without Redis, in milliseconds. */
const REDIS_TIMEOUT_MS = 500;

/** What is logged when Redis stops answering, and when it answers again. */
export interface RedisLogMessages {
  /** Logged (warn) when Redis stops answering, once until it answers again. */
  readonly failing: string;
  /** Logged (info) when it answers again. */
  readonly back: string;
}

/**
 * Returns a connection to the Redis at `url` for a feature that can
 * do without it (budgets in memory, answers not cached, nonces claimed in memory): commands fail at
 * once while it is disconnected and after 500 ms without an answer, rather
 * than being queued, and it reconnects by itself. The first failure is
 * logged once with `messages.failing`, the recovery with `messages.back`.
 */
export function connectRedis(url: string, logger: Logger, messages: RedisLogMessages): Redis {
  let failing = false;
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: REDIS_TIMEOUT_MS * 4,
    commandTimeout: REDIS_TIMEOUT_MS,
    lazyConnect: false,
  });
  redis.on('error', (error: Error) => {
    if (!failing) {
      failing = true;
      logger.warn(messages.failing, { reason: error.message });
    }
  });
  redis.on('ready', () => {
    if (failing) {
      failing = false;
      logger.info(messages.back);
    }
  });
  return redis;
}

/** Closes a connection made by `connectRedis`, waiting for its commands in flight when it can. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status !== 'end') {
    await redis.quit().catch(() => redis.disconnect());
  }
}
