import type pg from 'pg';

import { rememberSubgraph, TEST_ADMIN_KEY, TEST_GATEWAY_SECRET } from './access';
import {
  composeSupergraph,
  type GatewayOptions,
  type ListeningGraphqlServer,
  type RunningSubgraph,
  startGateway,
  startSubgraph,
} from './platform';
import { SqlStatementCounter } from './sql-statement-counter';
import { SUBGRAPHS } from './subgraphs';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The subgraphs of the graph by name, as SUBGRAPHS lists them (startTestGraph checks that the two agree). */
export type SubgraphName = 'training' | 'exhibitions' | 'trade' | 'access';
const SUBGRAPH_NAMES: readonly SubgraphName[] = ['training', 'exhibitions', 'trade', 'access'];

/** A running subgraph of the test graph, with the counter of the SQL statements it sent. */
export type TestSubgraph = RunningSubgraph & { readonly sql: SqlStatementCounter };

/** The whole graph, running on free ports over a database of its own. */
interface TestGraph {
  readonly database: TestDatabase;
  readonly subgraphs: Readonly<Record<SubgraphName, TestSubgraph>>;
  readonly gateway: ListeningGraphqlServer;
  /** The supergraph composed from the subgraphs' code, which the gateways serve. */
  readonly supergraphSdl: string;
  /** Starts one more gateway over the same subgraphs and database, stopped with the graph. */
  startGateway(options?: ExtraGatewayOptions): Promise<ListeningGraphqlServer>;
  stop(): Promise<void>;
}

/** What a test may set on a gateway of its own: its limits, production mode, where its subgraphs are, its response cache, its supergraph, its trusted documents' settings. */
export type ExtraGatewayOptions = Partial<
  Pick<
    GatewayOptions,
    | 'limits'
    | 'httpLimits'
    | 'metricsPort'
    | 'production'
    | 'subgraphUrls'
    | 'subgraphClient'
    | 'responseCache'
    | 'supergraphSdl'
    | 'trustedDocuments'
  >
>;

/** How a test file wants its graph. */
export interface TestGraphOptions {
  /**
   * Whether the gateways answer queries from the response cache, as they do
   * by default (RESPONSE_CACHE): false for a file that reads a query again
   * after writing and expects what it wrote, which the cache would hide for
   * up to a minute. A gateway started with `responseCache` of its own follows that.
   */
  readonly responseCache?: boolean;
}

/**
 * Starts every subgraph over a new database, migrated (a copy of the run's
 * template), and a real Apollo Gateway over the
 * supergraph composed from the code, all over HTTP on free ports, and returns
 * them. Subgraphs start in the order of SUBGRAPHS, each knowing the URLs of
 * those before it.
 */
async function startTestGraph(graphOptions: TestGraphOptions): Promise<TestGraph> {
  const names = SUBGRAPHS.map((definition) => definition.name);
  if (names.join() !== SUBGRAPH_NAMES.join()) {
    throw new Error(`SUBGRAPHS lists ${names.join(', ')}: update SubgraphName in test/support/test-graph.ts`);
  }
  // Each subgraph's schema is built once, for its server and for the composition alike.
  const definitions = SUBGRAPHS.map((definition) => {
    let schema: ReturnType<typeof definition.buildSchema> | undefined;
    return { ...definition, buildSchema: () => (schema ??= definition.buildSchema()) };
  });
  const database = await createTestDatabase({ migrated: true });
  const started: Array<[SubgraphName, TestSubgraph]> = [];
  let gateway: ListeningGraphqlServer | undefined;
  const extraGateways: ListeningGraphqlServer[] = [];
  const stop = async () => {
    for (const extra of extraGateways) {
      await extra.close();
    }
    await gateway?.close();
    for (const [, subgraph] of started) {
      await subgraph.stop();
    }
    await database.drop();
  };
  try {
    const peerUrls: Record<string, string> = {};
    for (const [index, definition] of definitions.entries()) {
      const sql = new SqlStatementCounter();
      const running = await startSubgraph(definition, {
        databaseUrl: database.url,
        port: 0,
        host: '127.0.0.1',
        sqlLogger: sql,
        peerUrls: { ...peerUrls },
        gatewaySecret: TEST_GATEWAY_SECRET,
      });
      rememberSubgraph(running);
      started.push([SUBGRAPH_NAMES[index], Object.assign(running, { sql })]);
      peerUrls[definition.name] = running.url;
    }
    const { supergraphSdl } = await composeSupergraph(definitions);
    const gatewayOver = (options: ExtraGatewayOptions = {}) =>
      startGateway({
        supergraphSdl,
        port: 0,
        host: '127.0.0.1',
        databaseUrl: database.url,
        gatewaySecret: TEST_GATEWAY_SECRET,
        adminKey: TEST_ADMIN_KEY,
        ...(graphOptions.responseCache === false ? { responseCache: { enabled: false } } : {}),
        ...options,
        subgraphUrls: { ...peerUrls, ...options.subgraphUrls },
      });
    gateway = await gatewayOver();
    return {
      database,
      subgraphs: Object.fromEntries(started) as Record<SubgraphName, TestSubgraph>,
      gateway,
      supergraphSdl,
      async startGateway(options) {
        const extra = await gatewayOver(options);
        extraGateways.push(extra);
        return extra;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** SQL statements that each subgraph sent during some work, with the work's result. */
export interface StatementCounts<T> {
  readonly result: T;
  readonly statements: Readonly<Record<SubgraphName, number>>;
}

/** The graph that `useTestGraph()` runs for a test file; its members are there from the file's first `beforeAll` on. */
export interface TestGraphHandle {
  /** The gateway's GraphQL URL: where tests send operations. */
  readonly url: string;
  /** Each subgraph by name: its URL, data source and SQL statement counter. */
  readonly subgraphs: Readonly<Record<SubgraphName, TestSubgraph>>;
  /** The URL of the graph's database (for processes the test starts). */
  readonly databaseUrl: string;
  /** The supergraph composed from the subgraphs' code, which the gateway serves. */
  readonly supergraphSdl: string;
  /** A pool on the graph's database, to read rows straight from PostgreSQL; closed in `afterAll`. */
  readonly db: pg.Pool;
  /** Runs `work` and returns its result with the number of SQL statements each subgraph sent meanwhile. */
  countStatements<T>(work: () => Promise<T>): Promise<StatementCounts<T>>;
  /** Starts one more gateway over the graph's subgraphs (with other limits, in production mode…); it stops with the graph. */
  startGateway(options?: ExtraGatewayOptions): Promise<ListeningGraphqlServer>;
}

/**
 * Runs the whole graph (`startTestGraph`) for the calling test file: starts it
 * in a `beforeAll` and stops it, closing the database pool and dropping the
 * database, in an `afterAll`. Call it at the top of the file; `beforeAll`
 * hooks registered after it run once the graph is up. Its gateway caches
 * answers as a deployed one does, unless `options` say otherwise.
 */
export function useTestGraph(options: TestGraphOptions = {}): TestGraphHandle {
  let graph: TestGraph | undefined;
  beforeAll(async () => {
    graph = await startTestGraph(options);
  });
  afterAll(async () => {
    await graph?.stop();
    graph = undefined;
  });
  const running = (): TestGraph => {
    if (!graph) {
      throw new Error('The test graph is not running: use it inside tests, or in a beforeAll registered after useTestGraph().');
    }
    return graph;
  };
  const counts = () =>
    Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, running().subgraphs[name].sql.count])) as Record<SubgraphName, number>;
  return {
    get url() {
      return running().gateway.url;
    },
    get subgraphs() {
      return running().subgraphs;
    },
    get databaseUrl() {
      return running().database.url;
    },
    get supergraphSdl() {
      return running().supergraphSdl;
    },
    get db() {
      return running().database.pool;
    },
    startGateway(options) {
      return running().startGateway(options);
    },
    async countStatements(work) {
      const before = counts();
      const result = await work();
      const after = counts();
      const statements = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, after[name] - before[name]])) as Record<
        SubgraphName,
        number
      >;
      return { result, statements };
    },
  };
}
