export { guardField, type ReadRule } from './guard-field';
export { subgraphIdentityGuard } from './identity-guard';
export { IDENTITY_HEADER, IDENTITY_MAX_AGE_MS, IdentityRejectedError, signIdentity, verifyIdentity } from './identity-header';
export { actsFor, ANONYMOUS_VIEWER, readsEverything, requireActsFor, requireRole, Role, type Viewer } from './viewer';
