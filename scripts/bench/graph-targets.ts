import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { projectRoot } from '../../services/shared/platform/project-root';
import { SUBGRAPH_LOCATIONS } from '../../services/subgraph-locations';
import { commandLine, descendantPids, type WatchedProcess } from './process-memory';

/** Something the benchmark sends operations to. */
export interface GraphTarget {
  /** `ours`, `hive` or `limit`: the key in results.json. */
  readonly name: string;
  /** What it is, for the report. */
  readonly description: string;
  /** The GraphQL endpoint. */
  readonly url: string;
  /** The processes serving it that belong to it alone (its gateway), whose memory is sampled during its runs. */
  readonly processes: readonly WatchedProcess[];
}

/** A started target and how to stop it. */
export interface RunningTarget extends GraphTarget {
  stop(): Promise<void>;
}

/** The graph as `npm start` runs it, and where its subgraphs listen. */
export interface OurGraph extends RunningTarget {
  /** Each subgraph's URL, by name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** The subgraph processes, shared by every target. */
  readonly subgraphProcesses: readonly WatchedProcess[];
}

/**
 * Where "the limit" of an operation is served: the same operation without the
 * network hop between gateway and subgraphs. Returns the GraphQL endpoint, or
 * undefined when there is none yet for this operation. Today that is the
 * subgraph itself for an operation that only one subgraph answers; a
 * one-process mode of the whole graph can later answer every operation.
 */
export type LimitTarget = (operation: { readonly subgraphs: readonly string[] }) => string | undefined;

/** Returns the limit of today: the subgraph's own endpoint for an operation planned on one subgraph. */
export function directSubgraphLimit(subgraphUrls: Readonly<Record<string, string>>): LimitTarget {
  return ({ subgraphs }) => (subgraphs.length === 1 ? subgraphUrls[subgraphs[0]] : undefined);
}

/**
 * Starts the built `npm start` (dist/scripts/start.js) on `databaseUrl`, with
 * the gateway and every subgraph on free ports, and returns once the gateway
 * and every subgraph answer. Its processes are found by what they run: `dist/gateway/index.js`
 * is `gateway`, `dist/services/<name>/index.js` is `<name>`.
 */
export async function startOurGraph(databaseUrl: string): Promise<OurGraph> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(await freePort()) };
  const subgraphUrls: Record<string, string> = {};
  for (const location of Object.values(SUBGRAPH_LOCATIONS)) {
    const port = await freePort();
    env[location.portVariable] = String(port);
    // A URL variable would send the gateway elsewhere.
    delete env[`${location.name.toUpperCase()}_URL`];
    // The same address the gateway derives from the port (subgraphUrlsFromEnv).
    subgraphUrls[location.name] = `http://localhost:${port}/graphql`;
  }
  const url = `http://localhost:${env.PORT}/graphql`;
  const server = spawnServer('npm start', [path.join(projectRoot(), 'dist', 'scripts', 'start.js')], { env });
  try {
    // The gateway answers before the subgraphs do: it needs none of them to start.
    for (const endpoint of [url, ...Object.values(subgraphUrls)]) {
      await server.answers(endpoint);
    }
    const processes = descendantPids(server.child.pid!).map((pid) => ({ pid, label: labelOf(commandLine(pid)) }));
    const gateway = processes.filter((watched) => watched.label === 'gateway');
    const subgraphProcesses = processes.filter((watched) => watched.label in subgraphUrls);
    if (gateway.length !== 1 || subgraphProcesses.length !== Object.keys(subgraphUrls).length) {
      throw new Error(`Unexpected processes under npm start: ${processes.map((watched) => watched.label).join(', ')}`);
    }
    return {
      name: 'ours',
      description: 'npm start: Apollo Gateway and the subgraphs, each its own process (dist/scripts/start.js)',
      url,
      processes: gateway,
      subgraphUrls,
      subgraphProcesses,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Returns `gateway`, the subgraph's name, or the script's path for a process of the built project. */
function labelOf(args: readonly string[]): string {
  const script = args.find((arg) => arg.endsWith('.js')) ?? args.join(' ');
  const relative = path.relative(path.join(projectRoot(), 'dist'), script).replace(/\\/g, '/');
  return relative.replace(/^services\//, '').replace(/\/index\.js$/, '');
}

/**
 * Starts Hive Gateway (`hive-gateway supergraph FILE`, its defaults otherwise)
 * over a copy of the committed schema/supergraph.graphql whose subgraph URLs
 * (`@join__graph(url:)`, where a supergraph keeps them) name `subgraphUrls`.
 * It runs in an empty folder, so that no gateway.config file is picked up.
 */
export async function startHiveGateway(subgraphUrls: Readonly<Record<string, string>>): Promise<RunningTarget> {
  const folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-bench-hive-'));
  const supergraph = await readFile(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  let replaced = 0;
  const pointed = supergraph.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    if (!subgraphUrls[name]) {
      return whole;
    }
    replaced += 1;
    return `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`;
  });
  if (replaced !== Object.keys(subgraphUrls).length) {
    throw new Error(`schema/supergraph.graphql names ${replaced} of the ${Object.keys(subgraphUrls).length} subgraphs.`);
  }
  const file = path.join(folder, 'supergraph.graphql');
  await writeFile(file, pointed);
  const port = await freePort();
  const bin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const server = spawnServer('Hive Gateway', [bin, 'supergraph', file, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: folder,
    // Hive Gateway's logger takes its own LOG_LEVEL values (no "silent"): it keeps its defaults.
    env: { ...process.env, LOG_LEVEL: undefined },
  });
  const stop = async () => {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    await server.answers(url);
    return {
      name: 'hive',
      description: `Hive Gateway ${hiveVersion()} (hive-gateway supergraph, default settings) over the same subgraphs`,
      url,
      processes: [server.child.pid!, ...descendantPids(server.child.pid!)].map((pid) => ({ pid, label: 'hive-gateway' })),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function hiveVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('@graphql-hive/gateway/package.json'), 'utf8')) as { version: string }).version;
}

/** A server process the benchmark started. */
interface SpawnedServer {
  readonly child: ChildProcess;
  /** Resolves once `url` answers `{ __typename }`; rejects if the process exits first or after a minute. */
  answers(url: string): Promise<void>;
  /** SIGTERM, then SIGKILL after ten seconds; resolves once it has exited. */
  stop(): Promise<void>;
}

function spawnServer(name: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): SpawnedServer {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  return {
    child,
    async answers(url) {
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (exitCode !== undefined) {
          throw new Error(`${name} exited with code ${exitCode} before it answered:\n${output}`);
        }
        if (Date.now() > deadline) {
          throw new Error(`${name} did not answer at ${url} within a minute:\n${output}`);
        }
        const answered = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }).then(
          (response) => response.ok,
          () => false,
        );
        if (answered) {
          return;
        }
        await sleep(200);
      }
    },
    async stop() {
      if (exitCode !== undefined) {
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Returns a TCP port that is free on this machine right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
