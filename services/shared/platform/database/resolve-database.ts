import { fork } from 'node:child_process';
import path from 'node:path';

import pg from 'pg';

import { projectRoot } from '../project-root';
import { findRunningEmbeddedPostgres } from './embedded-postgres';
import type { EmbeddedPostgresMessage } from './embedded-postgres.process';

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
 * Returns the database named by DATABASE_URL after checking that it answers.
 * When DATABASE_URL is unset: the embedded PostgreSQL (data under
 * `.data/postgres`, or EMBEDDED_POSTGRES_DIR), joined when another process
 * (`npm start`) already runs it, otherwise started in a child process.
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkDatabaseAnswers(configured);
    return { url: configured, description: `DATABASE_URL (${redactPassword(configured)})`, release: async () => {} };
  }
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR ?? path.join(projectRoot(), '.data', 'postgres');
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

function startEmbeddedPostgresProcess(dataDir: string): Promise<DatabaseHandle> {
  // A process group of its own, so that Ctrl-C reaches the parent first, which
  // stops its servers before the database.
  const child = fork(path.join(__dirname, 'embedded-postgres.process.js'), [], {
    detached: true,
    env: { ...process.env, EMBEDDED_POSTGRES_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('message', (message: EmbeddedPostgresMessage) => {
      if ('failure' in message) {
        reject(new DatabaseUnavailableError(message.failure));
        return;
      }
      resolve({
        url: message.url,
        description: `embedded PostgreSQL (${dataDir})`,
        async release() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) =>
      reject(new DatabaseUnavailableError(`The embedded PostgreSQL process exited with code ${code} before it was ready.`)),
    );
  });
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
