export { ApiKeyStrategy, KEY_CACHE_MS, type StoredKeyLookup, VERIFIED_KEY_GRACE_MS } from './api-key-strategy';
export { callerMiddleware } from './caller-middleware';
export { MemoryReplayCache, RedisReplayCache, type ReplayCache } from './replay-cache';
export {
  IDENTITY_CLOCK_SKEW_MS,
  IDENTITY_HEADER,
  IDENTITY_MAX_AGE_MS,
  type IdentityBinding,
  IdentityRejectedError,
  signIdentity,
  type VerifiedIdentity,
  verifyIdentity,
} from './signed-identity';
export { SignedIdentityStrategy } from './signed-identity-strategy';
export { CallerRefusedError, type ViewerStrategy } from './viewer-strategy';
