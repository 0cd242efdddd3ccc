import type { BaseContext } from '@apollo/server';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntityManager, Logger as TypeOrmLogger, MixedList } from 'typeorm';

import { callerMiddleware, MemoryReplayCache, RedisReplayCache, type ReplayCache, SignedIdentityStrategy } from '../auth';
import {
  createSubgraphDataSource,
  type DatabaseHandle,
  databaseReadiness,
  migrateSchema,
  provisionSubgraphRole,
  registerDatabaseMetrics,
  resolveDatabase,
  subgraphDatabaseVariable,
  subgraphRoleName,
} from '../database';
import { gatewaySecretFromEnv, portFromEnv, serverSettingsFromEnv } from '../env';
import { httpPeers, Peers } from '../federation';
import { requestContextFields, serveGraphql, ServerMetrics } from '../http';
import { type ComputedListSizes, costModelFromSdl } from '../limits';
import { createLogger, type Logger } from '../logger';
import { closeRedis, connectRedis } from '../redis/connect-redis';
import { createGraphqlServer } from './graphql-server';
import { exitWithStartupError, reportReady, stopOnSignals } from './shutdown';
import { subgraphCeilingPlugin, subgraphCeilingRules, subgraphCeilingsFromEnv } from './subgraph-ceilings';
import { OwnContext } from './subgraph-context';
import { type SubgraphLocation, subgraphUrlsFromEnv } from './subgraph-urls';

/** Everything that makes one domain service a runnable subgraph. */
export interface SubgraphDefinition<TContext extends BaseContext> {
  /** Name in the supergraph and in logs, e.g. `training`. */
  readonly name: string;
  /** The PostgreSQL schema it owns. */
  readonly databaseSchema: string;
  /** Environment variable with its port, and the port when unset. */
  readonly portVariable: string;
  readonly defaultPort: number;
  readonly entities: MixedList<Function>;
  readonly migrations: MixedList<Function>;
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * The per-request context: fresh loaders for every operation. The platform
   * adds `requestId`, `log` (a logger bound to the request) and `viewer` (the
   * caller, as the gateway signed it; see `RequestContext`). `peers` asks
   * the other subgraphs on behalf of the same caller, for subgraphs that ask
   * a peer before writing.
   */
  createContext(dataSource: DataSource, peers: Peers): OwnContext<TContext>;
  /**
   * Adds this subgraph's deterministic synthetic data inside the caller's
   * transaction (`npm run seed:synthetic`) and returns how many rows of each
   * kind it inserted.
   */
  seedSynthetic?(manager: EntityManager, sizes: SyntheticSizes): Promise<Record<string, number>>;
  /**
   * Sizes of its lists that its schema's `@listSize` cannot state, computed
   * from their arguments, for the estimate of its node ceiling; the gateway
   * takes the same through the subgraph's `public.ts`.
   */
  readonly computedListSizes?: ComputedListSizes;
}

/** URLs of the other subgraphs of the graph, by subgraph name. */
export type PeerUrls = Readonly<Record<string, string>>;

/** How much synthetic data `npm run seed:synthetic` asks for, by option name (`artisans`, …). */
export type SyntheticSizes = Readonly<Record<string, number>>;

/** A subgraph serving HTTP, with its data source. */
export interface RunningSubgraph {
  /** Its name in the supergraph (the identities it accepts are signed for it). */
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly dataSource: DataSource;
  /** Names of the migrations this start ran. */
  readonly migrationsRun: readonly string[];
  /** Stops serving (requests in flight finish) and closes the database pool; calling it again does nothing more. */
  stop(): Promise<void>;
}

/** Options of `startSubgraph`. */
export interface StartSubgraphOptions {
  readonly databaseUrl: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** A TypeORM logger, e.g. one that counts statements in tests. */
  readonly sqlLogger?: TypeOrmLogger;
  /** URLs of the other subgraphs, by name; none when not given. */
  readonly peerUrls?: PeerUrls;
  /** The secret the gateway signs callers' identities with; requests without a valid one are refused (401). */
  readonly gatewaySecret: string;
  /** Redis shared by every subgraph for the identities' replay cache (REDIS_URL); this process's memory when not given. */
  readonly redisUrl?: string;
}

/** A subgraph's data source, connected, with the migrations that opening it ran. */
export interface SubgraphDatabase {
  readonly dataSource: DataSource;
  readonly migrationsRun: readonly string[];
}

/**
 * Connects a data source to a subgraph's schema, as the subgraph's own role,
 * and runs its pending migrations; the caller destroys the data source when
 * done. Servers, the gateway, the seeder and the importers all open a
 * subgraph's database this way. A superuser's `databaseUrl` is used only to
 * create that role and hand it the schema (`provisionSubgraphRole`); any other
 * URL is the operator's choice and is connected as it is. Servers keep
 * DATABASE_STATEMENT_TIMEOUT_MS, while batch commands (`batch`) let a
 * statement run as long as it takes, as a million-row import needs.
 */
export async function openSubgraphDatabase(
  definition: Pick<SubgraphDefinition<BaseContext>, 'databaseSchema' | 'entities' | 'migrations'>,
  databaseUrl: string,
  options: { readonly sqlLogger?: TypeOrmLogger; readonly batch?: boolean } = {},
): Promise<SubgraphDatabase> {
  const schema = definition.databaseSchema;
  const roleUrl = await provisionSubgraphRole(databaseUrl, schema);
  const user = decodeURIComponent(new URL(databaseUrl).username);
  if (!roleUrl && user !== subgraphRoleName(schema)) {
    createLogger(schema).warn(
      `connecting as ${user || 'the default user'}, not as ${subgraphRoleName(schema)}: unless that role is this subgraph's alone, the subgraphs can read and change each other's schemas; give each its own role (npm run database:roles, ${subgraphDatabaseVariable(schema)})`,
    );
  }
  const dataSource = createSubgraphDataSource({
    url: roleUrl ?? databaseUrl,
    schema: definition.databaseSchema,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: options.sqlLogger,
    statementTimeoutMs: options.batch ? 0 : undefined,
  });
  await dataSource.initialize();
  try {
    return { dataSource, migrationsRun: await migrateSchema(dataSource, schema) };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/**
 * Connects to the database, runs the subgraph's pending migrations, and serves
 * its schema over HTTP; returns once it accepts requests.
 */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph> {
  const logger = createLogger(definition.name);
  const settings = serverSettingsFromEnv();
  const { dataSource, migrationsRun } = await openSubgraphDatabase(definition, options.databaseUrl, { sqlLogger: options.sqlLogger });
  const replays = replayCacheFor(options.redisUrl, logger);
  try {
    const ceilings = subgraphCeilingsFromEnv();
    const schema = await definition.buildSchema();
    const metrics = new ServerMetrics(definition.name);
    registerDatabaseMetrics(metrics.registry, dataSource);
    const listening = await serveGraphql<TContext>({
      name: `${definition.name} subgraph`,
      port: options.port,
      host: options.host,
      server: createGraphqlServer<TContext>({
        schema,
        log: logger,
        validationRules: subgraphCeilingRules(ceilings),
        plugins: [subgraphCeilingPlugin(ceilings, costModelFromSdl(printSubgraphSchema(schema), definition.computedListSizes))],
      }),
      context: async (_request, scope) =>
        ({
          ...definition.createContext(dataSource, httpPeers(options.peerUrls ?? {}, scope, options.gatewaySecret)),
          ...requestContextFields(scope),
        }) as unknown as TContext,
      readiness: async () => {
        const database = await databaseReadiness(dataSource);
        return { ready: database === 'ok', checks: { database } };
      },
      logger,
      metrics,
      guards: [callerMiddleware(new SignedIdentityStrategy(definition.name, options.gatewaySecret, replays.cache), logger)],
      // Only the gateway calls a subgraph, and one `_entities` batch can be far larger than the client's request.
      maxBodyBytes: settings.subgraphMaxBodyBytes,
      graphqlErrorStatus: 'always-200',
      corsOrigins: settings.corsOrigins,
      shutdownGraceMs: settings.shutdownGraceMs,
    });
    return {
      name: definition.name,
      url: listening.url,
      port: listening.port,
      dataSource,
      migrationsRun,
      async stop() {
        // Once only: the listener drains, then the pool closes.
        await listening.close();
        await replays.close();
        if (dataSource.isInitialized) {
          await dataSource.destroy();
        }
      },
    };
  } catch (error) {
    await replays.close();
    await dataSource.destroy();
    throw error;
  }
}

/** Returns where a subgraph claims the nonces of the identities it accepts: Redis when `redisUrl` is given, else its memory. */
function replayCacheFor(redisUrl: string | undefined, logger: Logger): { readonly cache: ReplayCache; close(): Promise<void> } {
  if (!redisUrl) {
    return { cache: new MemoryReplayCache(), close: async () => {} };
  }
  const redis = connectRedis(redisUrl, logger, {
    failing: 'replay cache: Redis is not answering; nonces are claimed in this process until it answers',
    back: 'replay cache: Redis answers again',
  });
  return { cache: new RedisReplayCache(redis, REPLAY_KEY_PREFIX), close: () => closeRedis(redis) };
}

/** Prefix of the nonces' keys in Redis. */
const REPLAY_KEY_PREFIX = 'handicrafts-graph:identity:';

/**
 * Process entry of a subgraph (`npm run start:training`): port from the
 * environment, database from its own variable (TRAINING_DATABASE_URL, …),
 * DATABASE_URL or the embedded PostgreSQL, the
 * URLs of `peers` from the environment as for the gateway, GATEWAY_SECRET to
 * check callers, REDIS_URL for the identities' replay cache, 127.0.0.1 unless SUBGRAPH_HOST, clean stop on SIGINT/SIGTERM.
 */
export async function runSubgraphProcess<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  peers: ReadonlyArray<SubgraphLocation> = [],
): Promise<void> {
  const logger = createLogger(definition.name);
  let database: DatabaseHandle | undefined;
  let subgraph: RunningSubgraph | undefined;
  // Registered first: a stop during start-up releases whatever has started.
  stopOnSignals(async () => {
    await subgraph?.stop();
    await database?.release();
  }, logger);
  try {
    const port = portFromEnv(definition.portVariable, definition.defaultPort);
    database = await resolveDatabase(definition.databaseSchema);
    const gatewaySecret = gatewaySecretFromEnv();
    const peerUrls = subgraphUrlsFromEnv(peers.filter((peer) => peer.name !== definition.name));
    // Only the gateway calls a subgraph: loopback unless SUBGRAPH_HOST says where else to listen.
    const host = process.env.SUBGRAPH_HOST || '127.0.0.1';
    const redisUrl = process.env.REDIS_URL || undefined;
    subgraph = await startSubgraph(definition, { databaseUrl: database.url, port, host, peerUrls, gatewaySecret, redisUrl });
    logger.info('subgraph ready', { url: subgraph.url, database: database.description, migrationsRun: subgraph.migrationsRun.length });
    reportReady(subgraph.url);
  } catch (error) {
    await database?.release();
    exitWithStartupError(error, logger);
  }
}
