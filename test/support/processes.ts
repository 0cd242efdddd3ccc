import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';

import { TEST_ADMIN_KEY } from './access';
import { projectRoot } from './project-root';

/** A process of the built project (dist/), with its output so far. */
export interface BuiltProcess {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
  /** Resolves when the output matches `pattern`; rejects when the process exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

/**
 * Runs `node dist/<entry> ...args` from the repository root with `env` added
 * to a copy of this environment without `unset`; ADMIN_API_KEY is the test
 * admin's key unless `env` says otherwise, so the test client may write.
 */
export function runBuilt(entry: string, env: Record<string, string>, unset: string[] = [], args: string[] = []): BuiltProcess {
  const environment: NodeJS.ProcessEnv = { ...process.env, ADMIN_API_KEY: TEST_ADMIN_KEY, ...env };
  for (const name of unset) {
    delete environment[name];
  }
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', entry), ...args], {
    cwd: projectRoot(),
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            cleanup();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`Timed out waiting for ${pattern}; output:\n${output}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then((code) => {
          if (listeners.has(check)) {
            cleanup();
            reject(new Error(`Exited with code ${code} before ${pattern}; output:\n${output}`));
          }
        });
        check();
      });
    },
  };
}

/** Test ports are drawn from FIRST_TEST_PORT up to, not including, Linux's ephemeral ports (32768–60999). */
const FIRST_TEST_PORT = 20_000;
const TEST_PORT_COUNT = 32_768 - FIRST_TEST_PORT;

/**
 * Returns a TCP port that is free right now, drawn at random below Linux's
 * ephemeral ports: a process that then asks the kernel for any free port (the
 * embedded PostgreSQL, a server on port 0) is never handed it before the
 * test's own process binds it, as it was handed a port that the kernel had
 * just given out here and got back (the access subgraph then found its port
 * taken by PostgreSQL).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = FIRST_TEST_PORT + randomInt(TEST_PORT_COUNT);
    if (await isFree(port)) {
      return port;
    }
  }
}

/** Returns whether a server can listen on `port` right now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** The port variables of `npm start`'s processes (the gateway's PORT and each subgraph's), each naming a port free right now. */
export interface GraphPorts {
  readonly PORT: string;
  readonly TRAINING_PORT: string;
  readonly EXHIBITIONS_PORT: string;
  readonly TRADE_PORT: string;
  readonly ACCESS_PORT: string;
}

/** Returns free ports for every process of `npm start`, so that two graphs started by tests at once never meet on a default port. */
export async function freeGraphPorts(): Promise<GraphPorts> {
  return {
    PORT: String(await freePort()),
    TRAINING_PORT: String(await freePort()),
    EXHIBITIONS_PORT: String(await freePort()),
    TRADE_PORT: String(await freePort()),
    ACCESS_PORT: String(await freePort()),
  };
}
