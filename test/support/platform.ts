/**
 * The platform code of services/ and gateway/ that tests run: database,
 * subgraph servers, composition and the gateway. Tests import it from here, so
 * that when services/shared moves only this file changes.
 */
export { composeSupergraph } from '../../gateway/compose-supergraph';
export { type GatewayOptions, startGateway } from '../../gateway/gateway-server';
export { type GraphqlExample, GraphqlExampleError, parseGraphqlExample, readGraphqlExamples } from '../../gateway/graphiql';
export { startInProcessSubgraphs } from '../../gateway/in-process-subgraphs';
export { gatewayLimitsFromEnv } from '../../gateway/limits';
export { apolloCacheConfig, hasIdField, KEYS_OF_TYPES_WITHOUT_ID, unselectedCacheKeys } from '../../scripts/codegen/apollo-type-policies';
export { IDENTITY_HEADER, Role, signIdentity, type Viewer } from '../../services/shared/platform/auth';
export {
  checkDatabaseAnswers,
  createSubgraphDataSource,
  DatabaseUnavailableError,
  type EmbeddedPostgresServer,
  EmbeddedPostgresUnusableError,
  migrateSchema,
  provisionSubgraphRole,
  startEmbeddedPostgres,
  subgraphRoleName,
} from '../../services/shared/platform/database';
export { requestContextFields, serveGraphql, ServerMetrics } from '../../services/shared/platform/http';
export type { ListeningGraphqlServer } from '../../services/shared/platform/http/serve-graphql';
export { createLogger, type Logger } from '../../services/shared/platform/logger';
export { cursorScope, encodeCursor } from '../../services/shared/platform/paging';
export {
  createGraphqlServer,
  openSubgraphDatabase,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphDefinition,
} from '../../services/shared/platform/server';
export { projectRoot } from './project-root';
