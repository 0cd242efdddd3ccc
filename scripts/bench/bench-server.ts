import { randomBytes } from 'node:crypto';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';

import pg from 'pg';

import {
  checkDatabaseAnswers,
  type EmbeddedPostgresServer,
  redactPassword,
  startEmbeddedPostgres,
} from '../../services/shared/platform/database';

/** The PostgreSQL server the benchmark creates its databases on. */
export interface BenchServer {
  readonly description: string;
  /** Creates an empty database and returns its URL; dropped when the run ends. */
  createDatabase(): Promise<string>;
  /**
   * Returns the URL of database `name`, kept between runs: when it is missing
   * or was left unfinished, `build` fills it first (other kept databases whose
   * name starts with `prefix` are dropped then, as out of date).
   */
  keptDatabase(name: string, prefix: string, build: (url: string) => Promise<void>): Promise<{ url: string; reused: boolean }>;
  /** Drops every database created for this run, and stops the server if the benchmark started it. */
  close(): Promise<void>;
}

/** Written as the comment of a kept database once `build` has finished, so that a half-built one is never used. */
const COMPLETE = 'handicrafts-graph bench dataset: complete';
/** Names of the databases dropped at the end of a run. */
const THROWAWAY_PREFIX = 'handicrafts_bench_tmp_';

/**
 * Returns the server of DATABASE_URL (databases are created beside the one it
 * names, so the user needs CREATEDB), or the benchmark's own embedded
 * PostgreSQL in `dataDir`, kept between runs for its cached datasets and
 * started with `pg_stat_statements` loaded so that SQL statements can be
 * counted, and room for the connections of three graphs at once (ours, the
 * one-process limit, and the benchmark's own).
 */
export async function openBenchServer(dataDir: string): Promise<BenchServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkDatabaseAnswers(configured);
    return serverAt(configured, `DATABASE_URL server (${redactPassword(configured)})`, async () => {});
  }
  await mkdir(dataDir, { recursive: true });
  // When run as root, PostgreSQL runs as the `postgres` user, which must reach the folder.
  await chmod(dataDir, 0o755);
  const clusterDir = path.join(dataDir, 'postgres');
  let embedded = await startEmbeddedPostgres({ dataDir: clusterDir });
  if (!(await statementStatisticsLoaded(embedded)) || (await maxConnections(embedded)) < BENCH_MAX_CONNECTIONS) {
    // Only on a new data directory: the settings stay in its postgresql.auto.conf.
    await adminQuery(embedded.adminUrl, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await adminQuery(embedded.adminUrl, `ALTER SYSTEM SET max_connections = ${BENCH_MAX_CONNECTIONS}`);
    await embedded.stop();
    embedded = await startEmbeddedPostgres({ dataDir: clusterDir });
  }
  const server = embedded;
  // Databases of a run that was interrupted (only one process can run this cluster at a time).
  for (const { datname } of await adminQuery(server.adminUrl, 'SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
    THROWAWAY_PREFIX,
  ])) {
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${String(datname)} WITH (FORCE)`);
  }
  return serverAt(server.adminUrl, `embedded PostgreSQL (${clusterDir}, kept between runs)`, () => server.stop());
}

/** Connections the benchmark's server accepts: each graph's pools hold up to 10 per subgraph and 10 for the gateway's keys. */
const BENCH_MAX_CONNECTIONS = 200;

async function maxConnections(server: EmbeddedPostgresServer): Promise<number> {
  const rows = await adminQuery(server.adminUrl, 'SHOW max_connections');
  return Number(rows[0]?.max_connections);
}

async function statementStatisticsLoaded(server: EmbeddedPostgresServer): Promise<boolean> {
  const rows = await adminQuery(server.adminUrl, 'SHOW shared_preload_libraries');
  return String(rows[0]?.shared_preload_libraries ?? '').includes('pg_stat_statements');
}

/** Runs one statement on a connection of its own and returns its rows. */
async function adminQuery(url: string, sql: string, values: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function serverAt(url: string, description: string, stop: () => Promise<void>): BenchServer {
  const created: string[] = [];
  const urlOf = (name: string) => {
    const databaseUrl = new URL(url);
    databaseUrl.pathname = `/${name}`;
    return databaseUrl.toString();
  };
  return {
    description,
    async createDatabase() {
      const name = `${THROWAWAY_PREFIX}${randomBytes(6).toString('hex')}`;
      await adminQuery(url, `CREATE DATABASE ${name}`);
      created.push(name);
      return urlOf(name);
    },
    async keptDatabase(name, prefix, build) {
      if (!/^[a-z0-9_]+$/.test(name) || !name.startsWith(prefix)) {
        throw new Error(`Not a kept database name: ${name}`);
      }
      const [existing] = await adminQuery(url, 'SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1', [
        name,
        'pg_database',
      ]);
      if (existing?.comment === COMPLETE) {
        return { url: urlOf(name), reused: true };
      }
      const stale = await adminQuery(url, 'SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
      for (const { datname } of stale) {
        await adminQuery(url, `DROP DATABASE IF EXISTS ${String(datname)} WITH (FORCE)`);
      }
      await adminQuery(url, `CREATE DATABASE ${name}`);
      await build(urlOf(name));
      await adminQuery(url, `COMMENT ON DATABASE ${name} IS '${COMPLETE}'`);
      return { url: urlOf(name), reused: false };
    },
    async close() {
      for (const name of created) {
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
      await stop();
    },
  };
}
