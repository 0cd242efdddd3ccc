import { fork } from 'node:child_process';
import path from 'node:path';

import pg from 'pg';

import { projectRoot } from '../project-root';
import type { ProcessRun } from '../server/supervised-process';
import { findRunningEmbeddedPostgres } from './embedded-postgres';
import type { EmbeddedPostgresMessage } from './embedded-postgres-process';
import { subgraphDatabaseVariable } from './subgraph-role';

/** The database a process uses, and how to release it when the process stops. */
export interface DatabaseHandle {
  readonly url: string;
  /** Where it came from, for the start-up line. */
  readonly description: string;
  release(): Promise<void>;
}

/** Start-up cannot reach a database; the message is one line meant for the user. */
export class DatabaseUnavailableError extends Error {}

/**
 * Returns the database named by the variable of `schema`'s subgraph
 * (TRAINING_DATABASE_URL, …; for a process that opens that schema only) or
 * else by DATABASE_URL, after checking that it answers. When neither is set:
 * the embedded PostgreSQL (data under `.data/postgres`, or
 * EMBEDDED_POSTGRES_DIR), joined when another process (`npm start`) already
 * runs it, otherwise started in a child process.
 */
export async function resolveDatabase(schema?: string): Promise<DatabaseHandle> {
  const variable = [schema && subgraphDatabaseVariable(schema), 'DATABASE_URL'].find((name) => name && process.env[name]);
  if (variable) {
    const configured = process.env[variable]!;
    await checkDatabaseAnswers(configured, variable);
    return { url: configured, description: `${variable} (${redactPassword(configured)})`, release: async () => {} };
  }
  const dataDir = embeddedPostgresDir();
  const running = await findRunningEmbeddedPostgres(dataDir);
  if (running) {
    await checkDatabaseAnswers(running, `the embedded PostgreSQL of ${dataDir}`);
    return { url: running, description: `the embedded PostgreSQL already running (${dataDir})`, release: async () => {} };
  }
  return startEmbeddedPostgresProcess(dataDir);
}

/** Throws a `DatabaseUnavailableError` unless `url` (named `name` in the message) accepts a connection and a query within 5 seconds. */
export async function checkDatabaseAnswers(url: string, name = 'DATABASE_URL'): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, query_timeout: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
    throw new DatabaseUnavailableError(`The database at ${name} (${redactPassword(url)}) does not answer: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Forks the process that runs the embedded PostgreSQL on `dataDir` (on `port`,
 * or a free one); `ready` resolves with its URL, or rejects with a
 * `DatabaseUnavailableError` saying why it could not start.
 */
export function forkEmbeddedPostgres(dataDir: string, port?: number): ProcessRun {
  // A process group of its own, so that Ctrl-C reaches the parent first, which
  // stops its servers before the database.
  const child = fork(path.join(__dirname, 'embedded-postgres-process.js'), [], {
    detached: true,
    env: { ...process.env, EMBEDDED_POSTGRES_DIR: dataDir, ...(port ? { EMBEDDED_POSTGRES_PORT: String(port) } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.once('message', (message: EmbeddedPostgresMessage) => {
      if ('failure' in message) {
        reject(new DatabaseUnavailableError(message.failure));
      } else {
        resolve(message.url);
      }
    });
    void exited.then((code) =>
      reject(new DatabaseUnavailableError(`The embedded PostgreSQL process exited with code ${code} before it was ready.`)),
    );
  });
  ready.catch(() => {});
  return { child, exited, ready };
}

async function startEmbeddedPostgresProcess(dataDir: string): Promise<DatabaseHandle> {
  const run = forkEmbeddedPostgres(dataDir);
  const url = await run.ready;
  return {
    url,
    description: `embedded PostgreSQL (${dataDir})`,
    async release() {
      run.child.kill('SIGTERM');
      await run.exited;
    },
  };
}

/** Returns the data directory of the embedded PostgreSQL: EMBEDDED_POSTGRES_DIR, or `.data/postgres` in the checkout. */
export function embeddedPostgresDir(): string {
  return process.env.EMBEDDED_POSTGRES_DIR ?? path.join(projectRoot(), '.data', 'postgres');
}

/** Returns the URL with its password replaced by `***`, for messages. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
