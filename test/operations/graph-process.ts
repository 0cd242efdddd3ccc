import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';

import { type BuiltProcess, freeGraphPorts, type GraphPorts, runBuilt } from '../support/processes';

/** One JSON log line of a process of the graph. */
export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly component?: string;
  readonly pid: number;
  readonly requestId?: string;
  readonly [field: string]: unknown;
}

/** `npm start` (dist/scripts/start.js) running on free ports, with its JSON log lines. */
export interface GraphProcess {
  readonly process: BuiltProcess;
  readonly url: string;
  readonly ports: GraphPorts;
  /** Every JSON line written so far by any process of the tree. */
  lines(): LogLine[];
  /** The pid the latest "subgraph ready" line of `component` gives. */
  pidOf(component: 'training' | 'exhibitions' | 'trade' | 'gateway'): number;
  /** Stops the tree with SIGTERM (SIGKILL to every process it logged after 20 s) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `npm start` from dist/ with `env` (LOG_LEVEL=info and LOG_FORMAT=json unless given) and waits until it prints its URL. */
export async function startGraphProcess(env: Record<string, string>, unset: string[] = []): Promise<GraphProcess> {
  const ports = await freeGraphPorts();
  const started = runBuilt(path.join('scripts', 'start.js'), { LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...ports, ...env }, unset);
  const lines = (): LogLine[] =>
    started
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as LogLine];
        } catch {
          return [];
        }
      });
  const graph: GraphProcess = {
    process: started,
    url: '',
    ports,
    lines,
    pidOf(component) {
      const ready = lines().filter((line) => line.component === component && /ready$/.test(line.message));
      if (ready.length === 0) {
        throw new Error(`No ready line from ${component}`);
      }
      return ready[ready.length - 1].pid;
    },
    async stop() {
      if (started.child.exitCode === null) {
        started.child.kill('SIGTERM');
      }
      const timer = setTimeout(() => {
        for (const pid of new Set(lines().map((line) => line.pid))) {
          killQuietly(pid, 'SIGKILL');
        }
        started.child.kill('SIGKILL');
      }, 20_000);
      const code = await started.exited;
      clearTimeout(timer);
      return code;
    },
  };
  try {
    const [, url] = await started.waitFor(/ready at (http:\/\/\S+)/, 60_000);
    return { ...graph, url };
  } catch (error) {
    await graph.stop();
    throw error;
  }
}

/** Sends `signal` to `pid`, ignoring a process that is already gone. */
export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/** Whether a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of the postmaster running on `dataDir`. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** How many TCP connections to local port `port` are established right now. */
export function establishedConnectionsTo(port: string): number {
  const output = execFileSync('ss', ['-Htn', 'state', 'established', `( dport = :${port} )`], { encoding: 'utf8' });
  return output.split('\n').filter((line) => line.trim() !== '').length;
}

/** What became of one request sent over a connection of its own. */
export type RequestFate = { kind: 'answered'; status: number; body: string } | { kind: 'refused' } | { kind: 'cut'; error: string };

/**
 * Posts `body` to `url` over a new connection (no keep-alive), so that a
 * refused connection (the server no longer listens) is told apart from a
 * request cut after the server took it.
 */
export function postOnNewConnection(url: string, body: string, headers: Record<string, string> = {}): Promise<RequestFate> {
  return new Promise((resolve) => {
    const request = httpRequest(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', connection: 'close', ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ kind: 'answered', status: response.statusCode ?? 0, body: text }));
        response.on('error', (error) => resolve({ kind: 'cut', error: error.message }));
      },
    );
    request.setTimeout(20_000, () => request.destroy(new Error('no answer within 20 s')));
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'cut', error: `${error.code ?? ''} ${error.message}` }),
    );
    request.end(body);
  });
}
