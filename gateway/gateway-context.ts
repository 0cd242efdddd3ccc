import type { RequestContext } from '../services/shared/platform/http';

/** The gateway's GraphQL context: the request's id, logger and caller, and the address the caller's budget is kept by. */
export interface GatewayContext extends RequestContext {
  /** The client's address: the connection's, or as trusted proxies report it (TRUST_PROXY). */
  readonly clientAddress: string;
}
