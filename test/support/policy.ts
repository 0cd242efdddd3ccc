/**
 * The authorization policy table as the services have it, for the test that
 * holds README's table to it. Apart from platform.ts so that it does not load
 * the servers.
 */
export { describeGrants, POLICY, type PolicyAction, type PolicyGrant, Role } from '../../services/shared/platform/auth';
