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
export {
  assertPerformAction,
  describeGrants,
  mayEverPerformAction,
  mayPerformAction,
  performsOnAll,
  POLICY,
  type PolicyAction,
  type PolicyCondition,
  type PolicyGrant,
  type PolicyResource,
} from './policy';
export { ANONYMOUS_VIEWER, Role, type Viewer } from './viewer';
