import { DataSource, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';

import { SnakeCaseNamingStrategy } from './snake-case-naming.strategy';

/** What a subgraph's data source is made of. */
export interface SubgraphDataSourceOptions {
  readonly url: string;
  /** The PostgreSQL schema the subgraph owns; its tables and its migrations table live there. */
  readonly schema: string;
  readonly entities: MixedList<Function>;
  readonly migrations: MixedList<Function>;
  /** Tests pass one that counts SQL statements. */
  readonly logger?: TypeOrmLogger;
  readonly poolSize?: number;
}

/**
 * Returns an uninitialised TypeORM data source for one subgraph's schema.
 * Schema changes come only from migrations: `synchronize` stays off.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeCaseNamingStrategy(),
    // Raw SQL in loaders names the subgraph's tables without a schema prefix.
    extra: { options: `-c search_path=${options.schema}` },
    synchronize: false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? ['query', 'error'] : ['error'],
    applicationName: `handicrafts-graph:${options.schema}`,
    poolSize: options.poolSize ?? 10,
    connectTimeoutMS: 5_000,
  });
}
