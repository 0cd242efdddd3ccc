import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { checkDatabaseAnswers, redactPassword, startEmbeddedPostgres } from '../../services/shared/platform/database';

/** A PostgreSQL server the benchmark creates its databases on, and drops them from. */
export interface ThrowawayServer {
  readonly description: string;
  createDatabase(): Promise<string>;
  /** Drops every database created, and stops the server if the benchmark started it. */
  close(): Promise<void>;
}

/**
 * Returns the server of DATABASE_URL (databases are created beside the one it
 * names, so the user needs CREATEDB), or a new embedded PostgreSQL in a
 * temporary folder that is removed afterwards.
 */
export async function openThrowawayServer(): Promise<ThrowawayServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkDatabaseAnswers(configured);
    return serverAt(configured, `DATABASE_URL server (${redactPassword(configured)})`, async () => {});
  }
  const runDir = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-bench-'));
  // When run as root, PostgreSQL runs as the `postgres` user, which must reach the folder.
  await chmod(runDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(runDir, 'postgres'), temporary: true });
  return serverAt(embedded.adminUrl, 'embedded PostgreSQL (temporary)', async () => {
    await embedded.stop();
    await rm(runDir, { recursive: true, force: true });
  });
}

function serverAt(url: string, description: string, stop: () => Promise<void>): ThrowawayServer {
  const created: string[] = [];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    description,
    async createDatabase() {
      const name = `handicrafts_bench_${randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE ${name}`);
      created.push(name);
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      return databaseUrl.toString();
    },
    async close() {
      for (const name of created) {
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
      await stop();
    },
  };
}
