export { createSubgraphDataSource, type SubgraphDataSourceOptions } from './data-source';
export { type EmbeddedPostgresServer, startEmbeddedPostgres } from './embedded-postgres';
export { likePattern } from './like-pattern';
export { lockOrRefuse, type RecordLabel } from './lock-or-refuse';
export { migrateSchema } from './migrate';
export { RecordColumns } from './record-columns';
export { type LinkTable, replaceLinks } from './replace-links';
export { requireRecords } from './require-records';
export { checkDatabaseAnswers, type DatabaseHandle, DatabaseUnavailableError, redactPassword, resolveDatabase } from './resolve-database';
