export { createSubgraphDataSource, type SubgraphDataSourceOptions } from './data-source';
export { migrateSchema } from './migrate';
export { startEmbeddedPostgres, type EmbeddedPostgresServer } from './embedded-postgres';
export { resolveDatabase, checkDatabaseAnswers, redactPassword, DatabaseUnavailableError, type DatabaseHandle } from './resolve-database';
export { likePattern } from './like-pattern';
export { requireRecords } from './require-records';
export { lockOrRefuse, type RecordLabel } from './lock-or-refuse';
export { replaceLinks, type LinkTable } from './replace-links';
export { RecordColumns } from './record-columns';
