import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
  /** The headers of the benchmark's caller (its key), asked for when a run or a check starts. */
  headers(): Record<string, string>;
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
 * The benchmark's caller: an admin, so that every operation reads at full
 * detail, as analysts' do. Every target gets its key (ADMIN_API_KEY); Hive
 * Gateway signs the identity for the subgraphs with the same GATEWAY_SECRET.
 */
export const BENCH_CALLER = {
  key: `bench-admin-${randomBytes(24).toString('base64url')}`,
  gatewaySecret: randomBytes(32).toString('base64url'),
};

/** Returns the headers of the benchmark's caller at a gateway. */
export function bearerHeaders(): Record<string, string> {
  return { authorization: `Bearer ${BENCH_CALLER.key}` };
}

/**
 * Starts the built `npm start` (dist/scripts/start.js) on `databaseUrl`, with
 * the gateway and every subgraph on free ports, and returns once the gateway
 * and every subgraph answer. Its processes are found by what they run: `dist/gateway/index.js`
 * is `gateway`, `dist/services/<name>/index.js` is `<name>`.
 */
export async function startOurGraph(databaseUrl: string): Promise<OurGraph> {
  const env = await graphEnvironment(databaseUrl);
  const subgraphUrls: Record<string, string> = {};
  for (const location of Object.values(SUBGRAPH_LOCATIONS)) {
    const port = await freePort();
    env[location.portVariable] = String(port);
    // The same address the gateway derives from the port (subgraphUrlsFromEnv).
    subgraphUrls[location.name] = `http://localhost:${port}/graphql`;
  }
  const url = `http://localhost:${env.PORT}/graphql`;
  const server = spawnServer('npm start', [path.join(projectRoot(), 'dist', 'scripts', 'start.js')], { env });
  try {
    // The gateway answers before the subgraphs do: it needs none of them to start.
    await server.answers(url);
    for (const endpoint of Object.values(subgraphUrls)) {
      await server.ready(endpoint);
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
      headers: bearerHeaders,
      subgraphUrls,
      subgraphProcesses,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * Starts the limit: `npm start -- --single-process` on `databaseUrl`, the
 * same gateway with every subgraph inside its process, so that no operation
 * crosses a network hop between them; returns once it is ready.
 */
export async function startOneProcessGraph(databaseUrl: string): Promise<RunningTarget> {
  const env = await graphEnvironment(databaseUrl);
  const url = `http://localhost:${env.PORT}/graphql`;
  const server = spawnServer(
    'npm start -- --single-process',
    [path.join(projectRoot(), 'dist', 'scripts', 'start.js'), '--single-process'],
    {
      env,
    },
  );
  try {
    await server.ready(url);
    const processes = descendantPids(server.child.pid!).map((pid) => ({ pid, label: labelOf(commandLine(pid)) }));
    const gateway = processes.filter((watched) => watched.label === 'gateway');
    if (gateway.length !== 1 || processes.length !== 1) {
      throw new Error(`Unexpected processes under npm start -- --single-process: ${processes.map((watched) => watched.label).join(', ')}`);
    }
    return {
      name: 'limit',
      description: 'npm start -- --single-process: the same gateway with the subgraphs in its process, no hop between them',
      url,
      processes: [{ pid: gateway[0].pid, label: 'one process' }],
      headers: bearerHeaders,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Returns the environment `npm start` runs with in the benchmark: the dataset, a free port and the benchmark's caller. */
async function graphEnvironment(databaseUrl: string): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(await freePort()),
    GATEWAY_SECRET: BENCH_CALLER.gatewaySecret,
    ADMIN_API_KEY: BENCH_CALLER.key,
    // Every target does the same work: the response cache's gain is measured apart.
    RESPONSE_CACHE: 'false',
  };
  for (const location of Object.values(SUBGRAPH_LOCATIONS)) {
    // A URL variable would send the gateway elsewhere.
    delete env[`${location.name.toUpperCase()}_URL`];
  }
  return env;
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
 * It runs in a folder of its own whose gateway.config.mjs only signs the
 * caller's identity for the subgraphs, as any router in front of them must
 * (see HIVE_GATEWAY_CONFIG): `caller.key` is an admin's, any other caller
 * anonymous, signed with `caller.gatewaySecret` (the subgraphs' GATEWAY_SECRET).
 */
export async function startHiveGateway(
  subgraphUrls: Readonly<Record<string, string>>,
  caller: { readonly key: string; readonly gatewaySecret: string } = BENCH_CALLER,
): Promise<RunningTarget> {
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
  await writeFile(path.join(folder, 'gateway.config.mjs'), HIVE_GATEWAY_CONFIG);
  const port = await freePort();
  const bin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist', 'bin.js');
  const server = spawnServer('Hive Gateway', [bin, 'supergraph', file, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: folder,
    // Hive Gateway's logger takes its own LOG_LEVEL values (no "silent"): it keeps its defaults.
    env: {
      ...process.env,
      LOG_LEVEL: undefined,
      GATEWAY_SECRET: caller.gatewaySecret,
      ADMIN_API_KEY: caller.key,
      IDENTITY_MODULE: path.join(projectRoot(), 'dist', 'services', 'shared', 'platform', 'auth', 'caller', 'signed-identity.js'),
      SUBGRAPH_NAMES_BY_URL: JSON.stringify(Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [url, name]))),
    },
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
      headers: () => ({ authorization: `Bearer ${caller.key}` }),
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
  /** Resolves once the `/readyz` of the server of `url` answers 200 (a subgraph answers only a gateway's signed requests). */
  ready(url: string): Promise<void>;
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
  /** Resolves once `request` answers 2xx; rejects if the process exits first or after a minute. */
  const waitFor = async (url: string, request: () => Promise<Response>) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (exitCode !== undefined) {
        throw new Error(`${name} exited with code ${exitCode} before it answered:\n${output}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`${name} did not answer at ${url} within a minute:\n${output}`);
      }
      if (
        await request().then(
          (response) => response.ok,
          () => false,
        )
      ) {
        return;
      }
      await sleep(200);
    }
  };
  return {
    child,
    answers(url) {
      return waitFor(url, () =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }),
      );
    },
    ready(url) {
      return waitFor(url, () => fetch(new URL('/readyz', url)));
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

/**
 * Hive Gateway's configuration for the benchmark: its defaults, plus what any
 * router in front of the subgraphs needs, the caller's identity signed with
 * GATEWAY_SECRET for each subgraph request, its subgraph, operation and
 * variables (the benchmark's admin key is
 * ADMIN_API_KEY; any other caller is anonymous).
 */
const HIVE_GATEWAY_CONFIG = `import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const { IDENTITY_HEADER, signIdentity } = createRequire(import.meta.url)(process.env.IDENTITY_MODULE);
const ADMIN = { role: 'ADMIN', organizationId: null, keyName: 'ADMIN_API_KEY', keyPrefix: 'env' };
const ANONYMOUS = { role: 'ANONYMOUS', organizationId: null, keyName: null, keyPrefix: null };
const SUBGRAPH_NAMES_BY_URL = JSON.parse(process.env.SUBGRAPH_NAMES_BY_URL);
// The request id Hive Gateway made for a request that came without one: it forwards that id to the subgraphs.
const madeRequestIds = new WeakMap();

export const gatewayConfig = {
  requestId: {
    headerName: 'x-request-id',
    generateRequestId({ request }) {
      const requestId = randomUUID();
      madeRequestIds.set(request, requestId);
      return requestId;
    },
  },
  plugins: () => [
    {
      // The identity is signed for each subgraph request: its subgraph, its operation and variables, as sent.
      onFetch({ url, options, setOptions, context }) {
        const request = context.request;
        const requestId = request.headers.get('x-request-id') ?? madeRequestIds.get(request) ?? randomUUID();
        const viewer = request.headers.get('authorization') === \`Bearer \${process.env.ADMIN_API_KEY}\` ? ADMIN : ANONYMOUS;
        const { query, variables } = JSON.parse(options.body);
        const binding = { requestId, subgraph: SUBGRAPH_NAMES_BY_URL[url], query, variables };
        const headers = { ...Object.fromEntries(new Headers(options.headers)), 'x-request-id': requestId };
        headers[IDENTITY_HEADER] = signIdentity(viewer, binding, process.env.GATEWAY_SECRET);
        setOptions({ ...options, headers });
      },
    },
  ],
};
`;
