/**
 * `npm start`: the whole graph on one machine. Starts the database (embedded
 * PostgreSQL unless DATABASE_URL is set), every subgraph as its own process
 * (each migrates its own schema, connected as its own role: see
 * `provisionSubgraphRole`) and the gateway; prints the URL once the
 * gateway is ready. A process that exits afterwards is started again with
 * back-off, the embedded PostgreSQL included. SIGINT or SIGTERM stops the
 * gateway, then the subgraphs (each finishing its requests in flight), then
 * the database. With `--single-process` (or SINGLE_PROCESS=true) the
 * subgraphs run inside the gateway's process instead: one process beside the
 * database.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

// Direct module imports rather than the folders' index files: this process only
// forks the others, and loading TypeORM or type-graphql would delay them all.
import { findRunningEmbeddedPostgres } from '../services/shared/platform/database/embedded-postgres';
import {
  checkDatabaseAnswers,
  embeddedPostgresDir,
  forkEmbeddedPostgres,
  redactPassword,
} from '../services/shared/platform/database/resolve-database';
import { provisionSubgraphRole, subgraphDatabaseVariable } from '../services/shared/platform/database/subgraph-role';
import { integerFromEnv, isSingleProcess } from '../services/shared/platform/env';
import { createLogger } from '../services/shared/platform/logger';
import { exitWithStartupError, type ProcessReadyMessage, reportReady, stopOnSignals } from '../services/shared/platform/server/shutdown';
import { type ProcessRun, type RestartBackoff, SupervisedProcess } from '../services/shared/platform/server/supervised-process';
import { SUBGRAPH_LOCATIONS } from '../services/subgraph-locations';

const logger = createLogger('start');
const distRoot = path.resolve(__dirname, '..');

/** Restart delays: RESTART_BACKOFF_MS (1 s) doubling up to RESTART_BACKOFF_MAX_MS (30 s); a run of a minute or more starts over. */
const BACKOFF: RestartBackoff = {
  initialMs: integerFromEnv('RESTART_BACKOFF_MS', 1_000),
  maxMs: integerFromEnv('RESTART_BACKOFF_MAX_MS', 30_000),
  resetAfterMs: 60_000,
};

/** How often the gateway's /readyz is asked while waiting for it. */
const READY_POLL_MS = 200;

/** Forks a server process of the built project; `ready` resolves with the URL it reports. */
function forkServer(entry: string, env: NodeJS.ProcessEnv): ProcessRun {
  // Own process group: Ctrl-C reaches this script only, which then stops the children in order.
  const child = fork(path.join(distRoot, entry), [], { env, detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve) => child.once('message', (message: ProcessReadyMessage) => resolve(message.ready)));
  return { child, exited, ready };
}

/** Resolves once `url`'s /readyz answers 200, asking every READY_POLL_MS; logs what is not ready every 10 s. */
async function waitUntilReady(graphqlUrl: string, isStopping: () => boolean): Promise<void> {
  const readyz = new URL('/readyz', graphqlUrl);
  let lastReport = Date.now();
  while (!isStopping()) {
    const response = await fetch(readyz, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
    if (response?.ok) {
      return;
    }
    const body = response ? await response.json().catch(() => undefined) : undefined;
    if (Date.now() - lastReport >= 10_000) {
      logger.warn('waiting for the gateway to be ready', { readiness: body });
      lastReport = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

/**
 * Returns, by subgraph (whose schema bears its name), the URL of its own role:
 * its variable (TRAINING_DATABASE_URL, …) when the operator set it, else the
 * role `provisionSubgraphRole` makes when `databaseUrl` is a superuser's;
 * subgraphs with neither are left out.
 */
async function subgraphOwnUrls(databaseUrl: string): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const { name } of Object.values(SUBGRAPH_LOCATIONS)) {
    const url = process.env[subgraphDatabaseVariable(name)] || (await provisionSubgraphRole(databaseUrl, name));
    if (url) {
      urls[name] = url;
    }
  }
  return urls;
}

/** Returns `env` for the process that opens `schema` only: its own role's URL in its variable and no DATABASE_URL, when it has one. */
function envWithOwnUrl(env: NodeJS.ProcessEnv, schema: string, ownUrls: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const url = ownUrls[schema];
  if (!url) {
    return env;
  }
  const { DATABASE_URL: _shared, ...rest } = env;
  return { ...rest, [subgraphDatabaseVariable(schema)]: url };
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  // `npm start -- --single-process` or SINGLE_PROCESS=true: every subgraph inside the gateway's process.
  const singleProcess = process.argv.includes('--single-process') || isSingleProcess();
  let gateway: SupervisedProcess | undefined;
  const subgraphs: SupervisedProcess[] = [];
  let database: SupervisedProcess | undefined;
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    // The gateway first, so that no request reaches a stopped subgraph; the database last.
    await gateway?.stop();
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    await database?.stop();
  };
  stopOnSignals(stopAll, logger);

  let gatewayUrl = '';
  let databaseDescription = '';
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl) {
      await checkDatabaseAnswers(databaseUrl);
      databaseDescription = `DATABASE_URL (${redactPassword(databaseUrl)})`;
    } else {
      const dataDir = embeddedPostgresDir();
      databaseUrl = await findRunningEmbeddedPostgres(dataDir);
      if (databaseUrl) {
        databaseDescription = `the embedded PostgreSQL already running (${dataDir})`;
      } else {
        const where: { port?: number } = {};
        database = new SupervisedProcess('embedded PostgreSQL', () => forkEmbeddedPostgres(dataDir, where.port), BACKOFF, logger);
        databaseUrl = await database.firstReady;
        // Started again after a crash, it must come back where the subgraphs look for it.
        where.port = Number(new URL(databaseUrl).port);
        databaseDescription = `embedded PostgreSQL (${dataDir})`;
      }
    }
    // One secret for the processes of this start, unless the deployment gives one: the gateway signs
    // each caller's identity with it, the subgraphs check it. It lives only in their environment.
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      GATEWAY_SECRET: process.env.GATEWAY_SECRET || randomBytes(32).toString('base64url'),
      SINGLE_PROCESS: String(singleProcess),
    };
    // The gateway serves a fixed supergraph and reads the subgraph ports from the environment:
    // it does not wait for the subgraphs (its /readyz says when they are there). In the
    // one-process mode it runs them itself.
    // Separate processes get their own role's URL only (the gateway the access role's); the one process runs every subgraph.
    const ownUrls = singleProcess ? {} : await subgraphOwnUrls(databaseUrl);
    gateway = new SupervisedProcess(
      'gateway',
      () => forkServer(path.join('gateway', 'index.js'), envWithOwnUrl(childEnv, 'access', ownUrls)),
      BACKOFF,
      logger,
    );
    if (!singleProcess) {
      subgraphs.push(
        ...Object.values(SUBGRAPH_LOCATIONS).map(
          ({ name }) =>
            new SupervisedProcess(
              `${name} subgraph`,
              () => forkServer(path.join('services', name, 'index.js'), envWithOwnUrl(childEnv, name, ownUrls)),
              BACKOFF,
              logger,
            ),
        ),
      );
    }
    [gatewayUrl] = await Promise.all([gateway.firstReady, ...subgraphs.map((subgraph) => subgraph.firstReady)]);
    await waitUntilReady(gatewayUrl, () => stopping);
  } catch (error) {
    await stopAll();
    exitWithStartupError(error, logger);
  }
  if (stopping) {
    return;
  }

  reportReady(gatewayUrl);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(
    `\nHandicrafts Graph is ready at ${gatewayUrl} (database: ${databaseDescription}; ${singleProcess ? 'one process; ' : ''}started in ${seconds} s). Ctrl-C stops it.\n\n`,
  );
}

void main();
