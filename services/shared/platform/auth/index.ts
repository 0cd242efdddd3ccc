export { guardField, type ReadRule } from './guard-field';
export { subgraphIdentityGuard } from './identity-guard';
export { IDENTITY_HEADER, IDENTITY_MAX_AGE_MS, IdentityRejectedError, signIdentity, verifyIdentity } from './identity-header';
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
