import type { Redis } from 'ioredis';

/** Remembers the nonces of the signed identities a subgraph accepted, so that each is accepted once. */
export interface ReplayCache {
  /** Returns true the first time `nonce` is claimed within `ttlMs`, false when it was claimed before. */
  claim(nonce: string, ttlMs: number): Promise<boolean>;
}

/** Nonces kept in memory at most; an identity lives seconds, so this bounds the rate, not the history. */
const MAX_MEMORY_NONCES = 200_000;

/**
 * Returns a replay cache in this process's memory: nonces expire after their
 * TTL; when MAX_MEMORY_NONCES unexpired ones are held, a new one is refused
 * (claim answers false) rather than an old one forgotten.
 */
export class MemoryReplayCache implements ReplayCache {
  // Insertion order is expiry order: every nonce is kept for the same TTL.
  private readonly expiries = new Map<string, number>();

  async claim(nonce: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    for (const [seen, expiry] of this.expiries) {
      if (expiry > now) {
        break;
      }
      this.expiries.delete(seen);
    }
    if (this.expiries.has(nonce) || this.expiries.size >= MAX_MEMORY_NONCES) {
      return false;
    }
    this.expiries.set(nonce, now + ttlMs);
    return true;
  }
}

/**
 * Returns a replay cache in Redis (REDIS_URL), shared by every replica of
 * every subgraph: a nonce is claimed with `SET NX PX`. While Redis does not
 * answer, nonces are claimed in this process's memory instead: a replay to
 * another replica is then possible for the identity's few seconds, one to
 * this replica or to another subgraph is not (an identity names its subgraph).
 */
export class RedisReplayCache implements ReplayCache {
  private readonly fallback = new MemoryReplayCache();

  constructor(
    private readonly redis: Redis,
    /** Prefix of the nonces' keys, so that several graphs can share one Redis. */
    private readonly keyPrefix: string,
  ) {}

  async claim(nonce: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(`${this.keyPrefix}nonce:${nonce}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    } catch {
      return this.fallback.claim(nonce, ttlMs);
    }
  }
}
