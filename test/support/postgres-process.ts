import { fork } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { projectRoot } from './project-root';

/** The embedded PostgreSQL in a process of its own (its package is ESM-only, which jest's module sandbox cannot import). */
export interface PostgresProcess {
  readonly url: string;
  /** Stops the process (SIGTERM, which stops its PostgreSQL) and resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the built embedded-postgres-process on `dataDir` (on `port` when
 * given, with `env` added to this environment) and resolves with its URL;
 * rejects when it fails or exits first.
 */
export function startPostgresProcess(
  dataDir: string,
  { port, env = {} }: { port?: number; env?: Record<string, string> } = {},
): Promise<PostgresProcess> {
  const child = fork(path.join(projectRoot(), 'dist', 'services', 'shared', 'platform', 'database', 'embedded-postgres-process.js'), [], {
    env: { ...process.env, ...env, EMBEDDED_POSTGRES_DIR: dataDir, ...(port ? { EMBEDDED_POSTGRES_PORT: String(port) } : {}) },
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

/**
 * Returns a new folder under the system's temporary folder, named from
 * `name`, that other users may enter: run as root, PostgreSQL runs as the
 * `postgres` user, which must reach its data directory inside.
 */
export async function makeRunDir(name: string): Promise<string> {
  const runDir = await mkdtemp(path.join(tmpdir(), `handicrafts-graph-${name}-`));
  await chmod(runDir, 0o755);
  return runDir;
}
