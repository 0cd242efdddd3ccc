export { applyFilter, type FilterCondition, type FilterConditions, type FilterTarget } from './apply-filter';
export { createSubgraphDataSource, databaseSettingsFromEnv, type SubgraphDataSourceOptions } from './data-source';
export { isDatabaseUnavailable, isNulCharacterRefusal, loggableError } from './database-errors';
export { registerDatabaseMetrics } from './database-metrics';
export { databaseReadiness, READINESS_TIMEOUT_MS } from './database-readiness';
export { type EmbeddedPostgresServer, EmbeddedPostgresUnusableError, startEmbeddedPostgres } from './embedded-postgres';
export { type FilterValues, filterValues } from './filter-values';
export { filterWithArguments } from './filter-with-arguments';
export { likePattern } from './like-pattern';
export { lockOrRefuse, type RecordLabel } from './lock-or-refuse';
export { migrateSchema } from './migrate';
export { type BindParameter, positionalParameters } from './positional-parameters';
export { RecordColumns } from './record-columns';
export { type LinkTable, replaceLinks } from './replace-links';
export { requireRecords } from './require-records';
export { checkDatabaseAnswers, type DatabaseHandle, DatabaseUnavailableError, redactPassword, resolveDatabase } from './resolve-database';
export { SqlConditions } from './sql-conditions';
export {
  provisionSubgraphRole,
  schemaOwnershipSql,
  subgraphDatabaseUrl,
  subgraphDatabaseVariable,
  subgraphRoleName,
} from './subgraph-role';
export { typeOrmLoggerFor } from './typeorm-logger';
