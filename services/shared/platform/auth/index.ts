export { IDENTITY_HEADER, IDENTITY_MAX_AGE_MS, IdentityRejectedError, signIdentity, verifyIdentity } from './identity-header';
export { actsFor, ANONYMOUS_VIEWER, readsEverything, requireRole, Role, type Viewer } from './viewer';
