import { fork } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { projectRoot } from '../../services/shared/platform/project-root';

/** The embedded PostgreSQL in a process of its own (its package is ESM-only, which jest's module sandbox cannot import). */
interface PostgresProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the built embedded-postgres-process on `dataDir`, with ADMIN_API_KEY in its environment, and resolves with its URL. */
function startPostgres(dataDir: string): Promise<PostgresProcess> {
  const child = fork(path.join(projectRoot(), 'dist', 'services', 'shared', 'platform', 'database', 'embedded-postgres-process.js'), [], {
    env: { ...process.env, EMBEDDED_POSTGRES_DIR: dataDir, ADMIN_API_KEY: 'admin-key-that-must-not-reach-the-postmaster' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url?: string; failure?: string }) =>
      message.url
        ? resolve({
            url: message.url,
            stop: async () => {
              child.kill('SIGTERM');
              await exited;
            },
          })
        : reject(new Error(message.failure)),
    );
    void exited.then(() => reject(new Error('the embedded PostgreSQL process exited')));
  });
}

jest.setTimeout(120_000);

describe('the embedded PostgreSQL (issue 16, finding 5)', () => {
  let runDir: string;
  const servers: PostgresProcess[] = [];

  beforeAll(async () => {
    runDir = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-least-privilege-'));
    // Run as root, PostgreSQL runs as the `postgres` user, which must reach the folder.
    await chmod(runDir, 0o755);
    for (const name of ['first', 'second']) {
      servers.push(await startPostgres(path.join(runDir, name)));
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(runDir, { recursive: true, force: true });
  });

  it('has a random password per data directory, in a file only its owner can read', async () => {
    const passwords = await Promise.all(
      ['first', 'second'].map(async (name) => {
        const file = path.join(runDir, `${name}.password`);
        expect((await stat(file)).mode & 0o777).toBe(0o600);
        return (await readFile(file, 'utf8')).trim();
      }),
    );
    expect(passwords[0]).not.toBe(passwords[1]);
    expect(passwords[0]).not.toBe('handicrafts-graph-local');
    expect(new URL(servers[0]!.url).password).toBe(passwords[0]);
  });

  it('starts the postmaster without the secrets of the environment it was started from', async () => {
    // postmaster.pid's first line is the postmaster's pid.
    const pid = (await readFile(path.join(runDir, 'first', 'postmaster.pid'), 'utf8')).split('\n')[0];
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
    expect(environ).toContain('PATH=');
    expect(environ).not.toContain('ADMIN_API_KEY');
    expect(environ).not.toContain('admin-key-that-must-not-reach-the-postmaster');
  });
});
