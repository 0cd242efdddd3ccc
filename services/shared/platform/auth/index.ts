export {
  ApiKeyStrategy,
  callerMiddleware,
  CallerRefusedError,
  IDENTITY_HEADER,
  IDENTITY_MAX_AGE_MS,
  IdentityRejectedError,
  MemoryReplayCache,
  RedisReplayCache,
  type ReplayCache,
  SignedIdentityStrategy,
  signIdentity,
  type StoredKeyLookup,
  verifyIdentity,
  type ViewerStrategy,
} from './caller';
export { guardField, type ReadRule } from './guard-field';
export { actsFor, ANONYMOUS_VIEWER, readsEverything, requireActsFor, requireRole, Role, type Viewer } from './viewer';
