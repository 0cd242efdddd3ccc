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

/** Creates an empty database and returns its URL and pool; `drop()` closes the pool and removes the database, closing any connection left. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) {
    throw new Error('TEST_POSTGRES_URL is unset: run the tests through jest (global setup).');
  }
  const name = `handicrafts_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  // An idle connection that the server closes must not end the test process with an unhandled 'error' event.
  pool.on('error', () => {});
  return {
    url: url.toString(),
    pool,
    async drop() {
      if (!pool.ended) {
        await pool.end();
      }
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
