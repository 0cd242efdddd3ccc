import { isIPv6 } from 'node:net';

import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

import { Role, type Viewer } from '../../services/shared/platform/auth';
import type { Logger } from '../../services/shared/platform/logger';
import { closeRedis, connectRedis } from '../../services/shared/platform/redis/connect-redis';
import type { RateLimitSettings } from './gateway-limits';

/** One caller's budget: whose it is and how many points it holds per window. */
export interface Budget {
  readonly role: Role;
  /** `key:<prefix>` for a keyed caller, `address:<client address>` for an anonymous one. */
  readonly key: string;
}

/** A budget after an operation's cost was asked of it. */
export interface RateLimitState {
  /** Points per window. */
  readonly limit: number;
  /** Points the operation costs. */
  readonly cost: number;
  /** Points left in the window. */
  readonly remaining: number;
  /** When the window ends and the budget is whole again. */
  readonly resetAt: Date;
  /** Whether the cost was charged; false when it was more than remained (nothing was charged). */
  readonly allowed: boolean;
}

/**
 * Each caller's budget of cost points per window (an hour): per API key,
 * and per client address for anonymous callers (IPv6 addresses per /64, the
 * block one subscriber gets). Kept in Redis when a URL is given, so that
 * every gateway replica charges the same budget; while Redis does not answer,
 * and without it, in this process's memory.
 */
export class RateLimiter {
  private readonly limiters: ReadonlyMap<Role, RateLimiterAbstract>;
  private readonly redis: Redis | undefined;

  constructor(
    private readonly settings: RateLimitSettings,
    logger: Logger,
  ) {
    this.redis = settings.redisUrl
      ? connectRedis(settings.redisUrl, logger, {
          failing: 'rate limits kept in memory: Redis does not answer',
          back: 'rate limits kept in Redis again',
        })
      : undefined;
    this.limiters = new Map(
      Object.values(Role).map((role) => {
        const options = { points: settings.points[role], duration: settings.windowSeconds, keyPrefix: `${settings.keyPrefix}:${role}` };
        const memory = new RateLimiterMemory(options);
        const limiter = this.redis
          ? new RateLimiterRedis({ ...options, storeClient: this.redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
          : memory;
        return [role, limiter];
      }),
    );
  }

  /** Returns whose budget an operation is charged to: the key's, or the client address's for an anonymous caller. */
  budgetOf(viewer: Viewer, clientAddress: string): Budget {
    if (viewer.role === Role.ANONYMOUS) {
      return { role: viewer.role, key: `address:${addressBlock(clientAddress)}` };
    }
    return { role: viewer.role, key: `key:${viewer.keyPrefix ?? viewer.keyName ?? 'unnamed'}` };
  }

  /**
   * Charges `cost` points to `budget` when that many remain, and returns the
   * budget's state; when fewer remain it charges nothing and says so
   * (`allowed: false`).
   */
  async charge(budget: Budget, cost: number): Promise<RateLimitState> {
    const limiter = this.limiters.get(budget.role)!;
    const limit = this.settings.points[budget.role];
    try {
      const charged = await limiter.consume(budget.key, cost);
      return { limit, cost, remaining: charged.remainingPoints, resetAt: new Date(Date.now() + charged.msBeforeNext), allowed: true };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) {
        throw refusal;
      }
      // consume() counted the points before refusing: give them back, the operation does not run.
      const restored = await limiter.reward(budget.key, cost).catch(() => undefined);
      const consumed = restored?.consumedPoints ?? refusal.consumedPoints - cost;
      return {
        limit,
        cost,
        remaining: Math.max(limit - consumed, 0),
        resetAt: new Date(Date.now() + refusal.msBeforeNext),
        allowed: false,
      };
    }
  }

  /**
   * Returns a counter of `points` events per client address (its block: see
   * `addressBlock`) per `windowSeconds`, kept where the budgets are (Redis
   * when given, with this process's memory while it does not answer);
   * `name` keeps its keys apart from the budgets'.
   */
  addressMeter(name: string, points: number, windowSeconds: number): AddressMeter {
    const options = { points, duration: windowSeconds, keyPrefix: `${this.settings.keyPrefix}:${name}` };
    const memory = new RateLimiterMemory(options);
    return new AddressMeter(
      points,
      this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
        : memory,
    );
  }

  /** Closes the connection to Redis, if any. */
  async close(): Promise<void> {
    if (this.redis) {
      await closeRedis(this.redis);
    }
  }
}

/** What an address meter says of one address: whether it is over its count, and in how many seconds its window ends. */
export interface MeterState {
  readonly over: boolean;
  readonly retryAfterSeconds: number;
}

/** A count of events (refused keys, readiness probes) per client address per window; see `RateLimiter.addressMeter`. */
export class AddressMeter {
  constructor(
    /** Events one address may cause per window. */
    readonly points: number,
    private readonly limiter: RateLimiterAbstract,
  ) {}

  /** Counts one event of `address` and returns whether that went over its count. */
  async count(address: string): Promise<MeterState> {
    try {
      const counted = await this.limiter.consume(addressBlock(address), 1);
      return { over: false, retryAfterSeconds: Math.max(Math.ceil(counted.msBeforeNext / 1000), 1) };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) {
        throw refusal;
      }
      return { over: true, retryAfterSeconds: Math.max(Math.ceil(refusal.msBeforeNext / 1000), 1) };
    }
  }

  /** Returns whether `address` already used its count in this window, counting nothing. */
  async check(address: string): Promise<MeterState> {
    const state = await this.limiter.get(addressBlock(address));
    return {
      over: (state?.consumedPoints ?? 0) >= this.points,
      retryAfterSeconds: Math.max(Math.ceil((state?.msBeforeNext ?? 0) / 1000), 1),
    };
  }
}

/**
 * Returns the part of a client address that names one subscriber: an IPv4
 * address (also when written IPv4-mapped, `::ffff:192.0.2.1`) whole, an IPv6
 * address by its /64 network, which a subscriber gets whole and can pick any
 * address of.
 */
function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) {
    return mapped[1];
  }
  const withoutZone = address.split('%')[0];
  if (!isIPv6(withoutZone)) {
    return address;
  }
  const groupsIn = (part: string) => (part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])));
  const [head, tail] = withoutZone.split('::');
  const headGroups = groupsIn(head);
  const tailGroups = tail === undefined ? [] : groupsIn(tail);
  const groups = [...headGroups, ...Array<string>(Math.max(8 - headGroups.length - tailGroups.length, 0)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
