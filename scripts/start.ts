/**
 * `npm start`: the whole graph on one machine. Starts the database (embedded
 * PostgreSQL unless DATABASE_URL is set), every subgraph as its own process
 * (each migrates its own schema), then the gateway; prints the URL. SIGINT or
 * SIGTERM stops the gateway, then the subgraphs, then the database.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveDatabase, type DatabaseHandle } from '../services/shared/database';
import { portFromEnv } from '../services/shared/env';
import { createLogger } from '../services/shared/logger';
import { exitWithStartupError, stopOnSignals, type ProcessReadyMessage } from '../services/shared/server';
import { SUBGRAPHS } from '../services/subgraphs';

const logger = createLogger('start');
const distRoot = path.resolve(__dirname, '..');

/** A server process this script started. */
interface ServerProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly url: string;
}

/** Forks a server process and returns once it reports that it serves; rejects if it exits first. */
function startServerProcess(name: string, entry: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  // Own process group: Ctrl-C reaches this script only, which then stops the children in order.
  const child = fork(path.join(distRoot, entry), [], { env, detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.once('message', (message: ProcessReadyMessage) => resolve({ name, child, exited, url: message.ready }));
    void exited.then((code) => reject(new Error(`The ${name} process exited with code ${code} during start-up.`)));
  });
}

/** Stops a server process with SIGTERM and waits for it to exit. */
async function stopServerProcess(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const running: ServerProcess[] = [];
  let database: DatabaseHandle | undefined;
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    // The gateway first, so that no request reaches a stopped subgraph; the database last.
    for (const server of [...running].reverse()) {
      await stopServerProcess(server);
    }
    await database?.release();
  };
  stopOnSignals(stopAll, logger);

  try {
    database = await resolveDatabase();
    const subgraphEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };
    const subgraphs = await Promise.all(
      SUBGRAPHS.map((definition) => startServerProcess(definition.name, path.join('services', definition.name, 'index.js'), subgraphEnv)),
    );
    running.push(...subgraphs);
    const subgraphUrls = Object.fromEntries(subgraphs.map((server) => [`${server.name.toUpperCase()}_URL`, server.url]));
    running.push(await startServerProcess('gateway', path.join('gateway', 'index.js'), { ...process.env, ...subgraphUrls, PORT: String(portFromEnv('PORT', 4000)) }));
  } catch (error) {
    await stopAll();
    exitWithStartupError(error, logger);
  }

  for (const server of running) {
    void server.exited.then(async (code) => {
      if (!stopping) {
        logger.error(`the ${server.name} process stopped unexpectedly (code ${code}); stopping the graph`);
        await stopAll();
        process.exit(1);
      }
    });
  }
  const gatewayUrl = running[running.length - 1].url;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  process.stdout.write(`\nHandicrafts Graph is ready at ${gatewayUrl} (database: ${database?.description}; started in ${seconds} s). Ctrl-C stops it.\n\n`);
}

void main();
