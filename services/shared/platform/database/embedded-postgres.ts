import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

import pg from 'pg';

import { embeddedPostgresCache, type PostgresBinaries, postgresBinaries } from './postgres-binaries';
import { ensureSystemUser, firstFolderClosedTo, type UserIds, userIds } from './postgres-user-access';

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
 * Starts PostgreSQL from the binaries of the `@embedded-postgres` package,
 * initialising the data directory when it is new, and returns once the
 * `handicrafts` database accepts connections.
 *
 * Run as root, PostgreSQL (which refuses to run as root) runs as the system
 * user `postgres`, created when missing; when that user cannot enter the
 * folders of the binaries or of the data directory (a checkout under /root),
 * it runs from a copy of the binaries, and on a data directory of its own,
 * under embeddedPostgresCache() (clusterDirOf).
 *
 * The server is a child of this process; `npm start` runs it in a process of
 * its own (embedded-postgres-process.ts) that stops it on SIGINT/SIGTERM.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const port = options.port ?? (await findFreePort());
  if (port === RESERVED_PORT) {
    throw new Error(`The embedded PostgreSQL never takes port ${RESERVED_PORT}; choose another port.`);
  }
  const runAs = process.getuid?.() === 0 ? await ensureSystemUser(SYSTEM_USER) : undefined;
  const clusterDir = await clusterDirOf(options.dataDir);
  const binaries = await postgresBinaries(runAs);
  if (runAs) {
    await prepareForSystemUser(runAs, binaries, clusterDir);
  }
  const password = await passwordOf(clusterDir);

  const running = await findRunningPostmaster(clusterDir);
  if (running && (await ownerIsAlive(clusterDir))) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is already running in another process (is \`npm start\` running?). Stop it, or set DATABASE_URL.`,
    );
  }
  if (running) {
    // Left by a process that is gone (or started by hand, e.g. `pg_ctl restart`): nobody would stop it.
    await stopOrphanedPostmaster(running.pid, clusterDir);
  }
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    if (clusterDir !== options.dataDir) {
      // Said once, when it is made: whoever looks for the data in dataDir finds where it went.
      process.stderr.write(`The postgres user cannot enter the folders of ${options.dataDir}: its cluster is made in ${clusterDir}.\n`);
    }
    await initialise(binaries, clusterDir, password, runAs);
  }
  const serverLog: string[] = [];
  const postmaster = await startPostmaster(binaries, clusterDir, port, runAs, serverLog).catch((error: Error) => {
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start: ${serverLog.join(' | ') || error.message}`);
  });
  // A process that exits without stopping it (process.exit on a fatal error) still stops its server.
  const stopOnExit = () => postmaster.kill('SIGINT');
  process.once('exit', stopOnExit);
  await writeFile(ownerFile(clusterDir), `${process.pid}\n`, { mode: 0o644 });
  const exited = new Promise<void>((resolve) => {
    if (postmaster.exitCode !== null || postmaster.signalCode !== null) {
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
      process.removeListener('exit', stopOnExit);
      if (postmaster.exitCode === null && postmaster.signalCode === null) {
        // Fast shutdown: connections are closed, the cluster is left consistent.
        postmaster.kill('SIGINT');
        await exited;
      }
      await rm(ownerFile(clusterDir), { force: true });
      if (options.temporary) {
        await rm(clusterDir, { recursive: true, force: true });
        await rm(passwordFile(clusterDir), { force: true });
      }
    },
  };
}

/**
 * Returns the folder that holds the cluster of `dataDir`: `dataDir` itself,
 * or, when this process is root and the `postgres` system user cannot enter a
 * folder on the way to it, a folder under embeddedPostgresCache() named after
 * its path, so that two checkouts never share one.
 */
async function clusterDirOf(dataDir: string): Promise<string> {
  const user = process.getuid?.() === 0 ? await userIds(SYSTEM_USER) : undefined;
  if (!user || !(await firstFolderClosedTo(dataDir, user))) {
    return dataDir;
  }
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(embeddedPostgresCache(), 'clusters', `${path.basename(dataDir)}-${key}`);
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

/** Returns `process.env` reduced to POSTMASTER_ENVIRONMENT, with English server messages (startPostmaster waits for one). */
function postmasterEnvironment(): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(
    POSTMASTER_ENVIRONMENT.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]]),
  );
  return { ...environment, LC_MESSAGES: 'C' };
}

/** Spawns one of the PostgreSQL binaries as `runAs` (this process's user when undefined), output piped. */
function spawnPostgresBinary(binary: string, args: readonly string[], runAs: UserIds | undefined): ChildProcess {
  // cwd `/`: the checkout this process runs in may be closed to the user PostgreSQL runs as.
  return spawn(binary, args, { ...runAs, cwd: '/', env: postmasterEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Creates the cluster in `clusterDir` with initdb, superuser `postgres` with
 * `password`. initdb reads the password from a file: one in a folder beside
 * the cluster that only the user running PostgreSQL can read, removed afterwards.
 */
async function initialise(binaries: PostgresBinaries, clusterDir: string, password: string, runAs: UserIds | undefined): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const scratch = await mkdtemp(`${clusterDir}.initdb-`);
  const pwfile = path.join(scratch, 'password');
  try {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs) {
      for (const owned of [clusterDir, scratch, pwfile]) {
        await chown(owned, runAs.uid, runAs.gid);
      }
    }
    const initdb = spawnPostgresBinary(
      binaries.initdb,
      [`--pgdata=${clusterDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${pwfile}`, '--lc-messages=C'],
      runAs,
    );
    let output = '';
    initdb.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    initdb.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      initdb.once('error', reject);
      initdb.once('close', resolve);
    });
    if (code !== 0) {
      throw new Error(`initdb of ${clusterDir} failed (exit ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Starts the postmaster on `clusterDir`, listening on 127.0.0.1:`port` only
 * (no Unix socket), and returns it once it accepts connections; rejects when
 * it exits first. `lastLines` keeps its last three lines of output.
 */
async function startPostmaster(
  binaries: PostgresBinaries,
  clusterDir: string,
  port: number,
  runAs: UserIds | undefined,
  lastLines: string[],
): Promise<ChildProcess> {
  const postmaster = spawnPostgresBinary(
    binaries.postgres,
    ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    runAs,
  );
  const ready = new Promise<void>((resolve, reject) => {
    // Read for as long as it runs: a full pipe would block its logging.
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      lastLines.push(...text.trim().split('\n'));
      lastLines.splice(0, Math.max(0, lastLines.length - 3));
      if (text.includes('database system is ready to accept connections')) {
        resolve();
      }
    };
    postmaster.stdout?.on('data', keep);
    postmaster.stderr?.on('data', keep);
    postmaster.once('error', reject);
    postmaster.once('exit', (code, signal) => reject(new Error(`it exited (${signal ?? code}) before accepting connections`)));
  });
  await ready;
  return postmaster;
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
 * Gives the `postgres` system user, which runs PostgreSQL for root, the
 * folder its cluster lives in, and throws an `EmbeddedPostgresUnusableError`
 * saying what to do when it still cannot reach the binaries or that folder.
 */
async function prepareForSystemUser(user: UserIds, binaries: PostgresBinaries, clusterDir: string): Promise<void> {
  await mkdir(path.dirname(clusterDir), { recursive: true });
  const cache = embeddedPostgresCache();
  if (path.dirname(clusterDir).startsWith(`${cache}${path.sep}`)) {
    // Whatever the umask, the postgres user must enter the cache; what it holds is its own or public.
    await chmod(cache, 0o755);
    await chmod(path.dirname(clusterDir), 0o755);
  }
  for (const [what, target] of [
    ['the PostgreSQL binaries', path.dirname(binaries.initdb)],
    ['the data directory', clusterDir],
  ] as const) {
    const closed = await firstFolderClosedTo(target, user);
    if (closed) {
      throw new EmbeddedPostgresUnusableError(
        `Run as root, the embedded PostgreSQL runs as the user ${SYSTEM_USER}, which cannot enter ${closed.folder} (mode ${closed.mode}) to reach ${what}: ` +
          `make that folder enterable, run as another user, or set DATABASE_URL.`,
      );
    }
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
  const clusterDir = await clusterDirOf(dataDir);
  const running = await findRunningPostmaster(clusterDir);
  if (!running || !(await ownerIsAlive(clusterDir))) {
    return undefined;
  }
  const password = await readFile(passwordFile(clusterDir), 'utf8').catch(() => undefined);
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
