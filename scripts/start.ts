/**
 * `npm start`: the whole graph on one machine. Starts the database (embedded
 * PostgreSQL unless DATABASE_URL is set), every subgraph as its own process
 * (each migrates its own schema), then the gateway; prints the URL. SIGINT or
 * SIGTERM stops the gateway, then the subgraphs, then the database.
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

// Direct module imports rather than the folders' index files: this process only
// forks the others, and loading TypeORM or type-graphql would delay them all.
import { type DatabaseHandle, resolveDatabase } from '../services/shared/platform/database/resolve-database';
import { createLogger } from '../services/shared/platform/logger';
import { exitWithStartupError, type ProcessReadyMessage, reportReady, stopOnSignals } from '../services/shared/platform/server/shutdown';
import { SUBGRAPH_LOCATIONS } from '../services/subgraph-locations';

const logger = createLogger('start');
const distRoot = path.resolve(__dirname, '..');

/** A server process this script forked. */
interface ServerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** Resolves with its URL once it serves; rejects if it exits first. */
  readonly ready: Promise<string>;
}

/** Forks a server process of the built project. */
function forkServer(name: string, entry: string, env: NodeJS.ProcessEnv): ServerProcess {
  // Own process group: Ctrl-C reaches this script only, which then stops the children in order.
  const child = fork(path.join(distRoot, entry), [], { env, detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.once('message', (message: ProcessReadyMessage) => resolve(message.ready));
    void exited.then((code) => reject(new Error(`The ${name} process exited with code ${code} during start-up.`)));
  });
  ready.catch(() => {});
  return { name, child, exited, ready };
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  // In stopping order: the gateway first, so that no request reaches a stopped subgraph.
  const servers: ServerProcess[] = [];
  let database: DatabaseHandle | undefined;
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    // The database last.
    await database?.release();
  };
  stopOnSignals(stopAll, logger);

  let gatewayUrl = '';
  try {
    // The gateway serves a fixed supergraph and reads the subgraph ports from the
    // environment: it needs neither the database nor the subgraphs to start.
    servers.push(forkServer('gateway', path.join('gateway', 'index.js'), process.env));
    database = await resolveDatabase();
    const subgraphEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
    servers.push(
      ...Object.values(SUBGRAPH_LOCATIONS).map(({ name }) => forkServer(name, path.join('services', name, 'index.js'), subgraphEnv)),
    );
    [gatewayUrl] = await Promise.all(servers.map((server) => server.ready));
  } catch (error) {
    await stopAll();
    exitWithStartupError(error, logger);
  }

  for (const server of servers) {
    void server.exited.then(async (code) => {
      if (!stopping) {
        logger.error(`the ${server.name} process stopped unexpectedly (code ${code}); stopping the graph`);
        await stopAll();
        process.exit(1);
      }
    });
  }
  reportReady(gatewayUrl);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(
    `\nHandicrafts Graph is ready at ${gatewayUrl} (database: ${database?.description}; started in ${seconds} s). Ctrl-C stops it.\n\n`,
  );
}

void main();
