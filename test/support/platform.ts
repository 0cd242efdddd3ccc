/**
 * The platform code of services/ and gateway/ that tests run: database,
 * subgraph servers, composition and the gateway. Tests import it from here, so
 * that when services/shared moves only this file changes.
 */
export { projectRoot } from './project-root';
export {
  checkDatabaseAnswers,
  DatabaseUnavailableError,
  migrateSchema,
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
} from '../../services/shared/database';
export { openSubgraphDatabase, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../../services/shared/server';
export type { ListeningGraphqlServer } from '../../services/shared/http/serve-graphql';
export { composeSupergraph } from '../../gateway/compose-supergraph';
export { startGateway } from '../../gateway/gateway-server';
