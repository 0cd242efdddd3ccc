export { createGraphqlApp, type GraphqlAppOptions, type GraphqlErrorStatus, type Readiness } from './graphql-app';
export { isLoopbackRequest } from './is-loopback-request';
export { limitConnectionsPerAddress } from './limit-connections-per-address';
export { DURATION_BUCKETS, OTHER_OPERATION, ServerMetrics } from './metrics';
export { nestingDepth } from './nesting-depth';
export { nestingGuard } from './nesting-guard';
export {
  outcomeOf,
  REQUEST_ID_HEADER,
  type RequestContext,
  requestContextFields,
  type RequestOutcome,
  type RequestScope,
  requestScopeOf,
} from './request-scope';
export { acceptsOnlyJson, type HttpGraphqlError, sendGraphqlErrors } from './send-graphql-errors';
export { type ListeningGraphqlServer, PortInUseError, serveGraphql, type ServeGraphqlOptions } from './serve-graphql';
export { type MetricsListener, serveMetrics } from './serve-metrics';
export { valueDepth } from './value-depth';
