import { randomBytes } from 'node:crypto';

import pg from 'pg';

/** A database of its own for one test file, on the test run's PostgreSQL server. */
export interface TestDatabase {
  readonly url: string;
  /**
   * A small connection pool on this database, to read rows straight from
   * PostgreSQL (`pool.query<Row>(sql)`); it connects on first use and `drop()`
   * closes it.
   */
  readonly pool: pg.Pool;
  drop(): Promise<void>;
}

/** The environment variables through which a global setup hands its test files a server and a template database. */
export interface TestServerVariables {
  /** Names the variable that holds the server's admin URL. */
  readonly serverUrl: string;
  /** Names the variable that holds the name of the run's template database on it. */
  readonly templateDatabase: string;
}

/** The variables test files read their server from (set by global-setup.ts, or by on-database-url.setup.ts in the second project). */
export const TEST_SERVER_VARIABLES: TestServerVariables = { serverUrl: 'TEST_POSTGRES_URL', templateDatabase: 'TEST_TEMPLATE_DATABASE' };

/** The variables global-setup-on-database-url.ts records the server TEST_ALSO_ON_DATABASE_URL names in. */
export const SECOND_TEST_SERVER_VARIABLES: TestServerVariables = {
  serverUrl: 'TEST_SECOND_POSTGRES_URL',
  templateDatabase: 'TEST_SECOND_TEMPLATE_DATABASE',
};

/** How a test file wants its database. */
export interface TestDatabaseOptions {
  /**
   * Whether every subgraph's migrations have run on it, as on a server that
   * started once: a copy of the run's template database (global setup), made
   * by PostgreSQL in a fraction of the time the migrations and their seeds
   * take. Empty (the default) for tests of the migrations themselves.
   */
  readonly migrated?: boolean;
}

/**
 * Creates a database, empty or migrated, and returns its URL and pool;
 * `drop()` closes the pool and removes the database, closing any connection
 * left.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const template = options.migrated ? process.env[TEST_SERVER_VARIABLES.templateDatabase] : undefined;
  if (options.migrated && !template) {
    throw new Error('TEST_TEMPLATE_DATABASE is unset: run the tests through jest (global setup).');
  }
  const name = `handicrafts_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = databaseUrl(serverUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle connection that the server closes must not end the test process with an unhandled 'error' event.
  pool.on('error', () => {});
  return {
    url,
    pool,
    async drop() {
      if (!pool.ended) {
        await pool.end();
      }
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * Creates the run's template database with every subgraph's migrations run
 * by `migrate` (given its URL), and returns its name; the caller closes every
 * connection to it before it is copied. Global setup calls it once.
 */
export async function createTemplateDatabase(serverUrl: string, migrate: (url: string) => Promise<void>): Promise<string> {
  const name = `handicrafts_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  try {
    await migrate(databaseUrl(serverUrl, name));
  } catch (error) {
    await dropTemplateDatabase(serverUrl, name);
    throw error;
  }
  return name;
}

/** Removes the run's template database (global teardown): on a server DATABASE_URL names, it would outlive the run. */
export async function dropTemplateDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

function testServerUrl(): string {
  const serverUrl = process.env[TEST_SERVER_VARIABLES.serverUrl];
  if (!serverUrl) {
    throw new Error('TEST_POSTGRES_URL is unset: run the tests through jest (global setup).');
  }
  return serverUrl;
}

/** Returns the URL of database `name` on the server of `serverUrl`. */
function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the server's administration database (CREATE and DROP DATABASE cannot run in a pool's transaction). */
async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
