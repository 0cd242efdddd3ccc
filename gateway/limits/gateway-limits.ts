import { Role } from '../../services/shared/platform/auth';
import { integerFromEnv } from '../../services/shared/platform/env';
import { type OperationLimits, operationLimitsFromEnv } from '../../services/shared/platform/limits';
import type { StringBounds } from './check-string-lengths';

/** How the gateway keeps each caller's budget of cost points. */
export interface RateLimitSettings {
  /** Cost points each role may spend per window: per key, and per client address for anonymous callers. */
  readonly points: Readonly<Record<Role, number>>;
  /** The window, in seconds (an hour); it starts with a budget's first operation. */
  readonly windowSeconds: number;
  /** Redis, shared by every gateway replica (REDIS_URL); this process's memory when not given. */
  readonly redisUrl?: string;
  /** Prefix of the budgets' keys in Redis, so that several graphs can share one. */
  readonly keyPrefix: string;
}

/** How many requests that cost work but no budget one client address may make per window. */
export interface AddressLimits {
  /** Requests answered 401 (ADDRESS_LIMIT_UNAUTHENTICATED, 100). */
  readonly unauthenticated: number;
  /** Calls of `/readyz` (ADDRESS_LIMIT_READINESS, 300). */
  readonly readiness: number;
  /** The window, in seconds (ADDRESS_LIMIT_WINDOW_SECONDS, 60). */
  readonly windowSeconds: number;
}

/** The gateway's limits on what one operation may ask for and on how much a caller may ask; see docs/operating.md, "Limits". */
export interface GatewayLimits extends OperationLimits {
  readonly strings: StringBounds;
  /** An operation still running after this long is stopped (OPERATION_TIMEOUT). */
  readonly operationTimeoutMs: number;
  readonly rateLimit: RateLimitSettings;
  readonly perAddress: AddressLimits;
  /** Express's `trust proxy` (TRUST_PROXY): which proxies' `X-Forwarded-For` names the client; none when false. */
  readonly trustProxy: boolean | number | string;
}

/** Returns the gateway's limits from the environment, with their defaults. */
export function gatewayLimitsFromEnv(): GatewayLimits {
  return {
    ...operationLimitsFromEnv(),
    strings: {
      general: integerFromEnv('MAX_STRING_LENGTH', 1_000),
      search: integerFromEnv('MAX_SEARCH_LENGTH', 200),
      text: integerFromEnv('MAX_TEXT_LENGTH', 10_000),
    },
    operationTimeoutMs: integerFromEnv('OPERATION_TIMEOUT_MS', 10_000),
    rateLimit: {
      points: {
        [Role.ANONYMOUS]: integerFromEnv('RATE_LIMIT_ANONYMOUS', 2_000),
        [Role.PARTNER]: integerFromEnv('RATE_LIMIT_PARTNER', 10_000),
        [Role.ANALYST]: integerFromEnv('RATE_LIMIT_ANALYST', 50_000),
        [Role.ADMIN]: integerFromEnv('RATE_LIMIT_ADMIN', 1_000_000),
      },
      windowSeconds: integerFromEnv('RATE_LIMIT_WINDOW_SECONDS', 3_600),
      redisUrl: process.env.REDIS_URL || undefined,
      keyPrefix: process.env.RATE_LIMIT_KEY_PREFIX || 'handicrafts-graph:rate-limit',
    },
    perAddress: {
      unauthenticated: integerFromEnv('ADDRESS_LIMIT_UNAUTHENTICATED', 100),
      readiness: integerFromEnv('ADDRESS_LIMIT_READINESS', 300),
      windowSeconds: integerFromEnv('ADDRESS_LIMIT_WINDOW_SECONDS', 60),
    },
    trustProxy: trustProxyFromEnv(),
  };
}

/**
 * Returns TRUST_PROXY as Express takes it: unset or `false` trusts no proxy
 * (the client is the connection's address); a number is how many proxies in
 * front to trust; `true` trusts any (only behind a proxy that always sets
 * the header); anything else is a comma-separated list of addresses, subnets
 * or Express's names (`loopback`, `uniquelocal`).
 */
function trustProxyFromEnv(): boolean | number | string {
  const raw = process.env.TRUST_PROXY?.trim() ?? '';
  if (raw === '' || raw === 'false') {
    return false;
  }
  if (raw === 'true') {
    return true;
  }
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
