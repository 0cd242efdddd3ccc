import { DataSource, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';

import { integerFromEnv } from '../env';
import { createLogger } from '../logger';
import { SnakeCaseNamingStrategy } from './snake-case-naming-strategy';
import { typeOrmLoggerFor } from './typeorm-logger';

/** What a subgraph's data source is made of. */
export interface SubgraphDataSourceOptions {
  readonly url: string;
  /** The PostgreSQL schema the subgraph owns; its tables and its migrations table live there. */
  readonly schema: string;
  readonly entities: MixedList<Function>;
  readonly migrations: MixedList<Function>;
  /** Tests pass one that counts SQL statements; by default failed statements are logged without their parameters. */
  readonly logger?: TypeOrmLogger;
  readonly poolSize?: number;
  /** Replaces DATABASE_STATEMENT_TIMEOUT_MS; 0 lets a statement run as long as it takes (batch commands). */
  readonly statementTimeoutMs?: number;
}

/** Database session settings, from the environment; see docs/operating.md, "Variables". */
export function databaseSettingsFromEnv() {
  return {
    /**
     * Memory each sort or hash of a statement may use before spilling to disk
     * (`work_mem`, in MiB): PostgreSQL's 4 MiB makes export totals over a
     * year of a million figures sort on disk instead of hashing in memory.
     */
    workMemMb: integerFromEnv('DATABASE_WORK_MEM_MB', 16),
    /** PostgreSQL cancels any statement running longer (`statement_timeout`). */
    statementTimeoutMs: integerFromEnv('DATABASE_STATEMENT_TIMEOUT_MS', 15_000),
    /** A connection not made by then fails, so a request fails fast while the database is away. */
    connectTimeoutMs: integerFromEnv('DATABASE_CONNECT_TIMEOUT_MS', 2_000),
  };
}

/**
 * Returns an uninitialised TypeORM data source for one subgraph's schema.
 * Schema changes come only from migrations: `synchronize` stays off. Every
 * statement has a `statement_timeout`, and a connection that cannot be made
 * fails within DATABASE_CONNECT_TIMEOUT_MS; the pool replaces broken
 * connections by itself, so the data source survives a database restart.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  const settings = databaseSettingsFromEnv();
  const statementTimeoutMs = options.statementTimeoutMs ?? settings.statementTimeoutMs;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeCaseNamingStrategy(),
    extra: {
      // Raw SQL in loaders names the subgraph's tables without a schema prefix.
      options: `-c search_path=${options.schema} -c statement_timeout=${statementTimeoutMs} -c work_mem=${settings.workMemMb}MB`,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      // Notices a server that vanished without closing its connections.
      keepAlive: true,
      idleTimeoutMillis: 30_000,
    },
    synchronize: false,
    migrationsRun: false,
    // Extensions come from migrations too (gen_random_uuid is built in): TypeORM would try uuid-ossp and warn at every start.
    installExtensions: false,
    logger: options.logger ?? typeOrmLoggerFor(createLogger(`${options.schema}:database`)),
    logging: options.logger ? ['query', 'error'] : ['error', 'warn', 'migration'],
    applicationName: `handicrafts-graph:${options.schema}`,
    poolSize: options.poolSize ?? 10,
  });
}
