export { createGraphqlApp, type GraphqlAppOptions, type GraphqlErrorStatus, type Readiness } from './graphql-app';
export { DURATION_BUCKETS, OTHER_OPERATION, ServerMetrics } from './metrics';
export {
  outcomeOf,
  REQUEST_ID_HEADER,
  type RequestContext,
  requestContextFields,
  type RequestOutcome,
  type RequestScope,
  requestScopeOf,
} from './request-scope';
export { type ListeningGraphqlServer, PortInUseError, serveGraphql, type ServeGraphqlOptions } from './serve-graphql';
