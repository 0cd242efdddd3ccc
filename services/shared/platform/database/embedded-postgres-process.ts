/**
 * Process entry that runs the embedded PostgreSQL for `npm start` and for a
 * subgraph started alone without DATABASE_URL. It reports `{ url }` (or
 * `{ failure }`) to its parent over IPC, and stops the server when asked with
 * SIGTERM/SIGINT or when the parent goes away, even in the middle of start-up.
 * When the PostgreSQL server exits on its own (a crash, `pg_ctl stop`), this
 * process exits with status 1 so that `npm start` starts it again.
 */
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from './embedded-postgres';

/** Messages this process sends to its parent. */
export type EmbeddedPostgresMessage = { readonly url: string } | { readonly failure: string };

let server: EmbeddedPostgresServer | undefined;
let stopRequested = false;

/** Stops the server (now, or as soon as it has started) and exits. */
async function stopAndExit(): Promise<void> {
  stopRequested = true;
  if (server) {
    await server.stop();
    process.exit(0);
  }
}

async function main(): Promise<void> {
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR;
  if (!dataDir) {
    throw new Error('EMBEDDED_POSTGRES_DIR is not set');
  }
  // Also a stop during start-up: the server is stopped as soon as it has started.
  process.once('disconnect', () => void stopAndExit());
  process.once('SIGTERM', () => void stopAndExit());
  process.once('SIGINT', () => void stopAndExit());
  const port = process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined;
  server = await startEmbeddedPostgres({ dataDir, port });
  if (stopRequested) {
    await stopAndExit();
    return;
  }
  void server.exited.then(() => {
    if (!stopRequested) {
      process.stderr.write(`The embedded PostgreSQL in ${dataDir} stopped on its own.\n`);
      process.exit(1);
    }
  });
  process.send?.({ url: server.url } satisfies EmbeddedPostgresMessage);
}

main().catch((error: unknown) => {
  const failure = error instanceof Error ? error.message : String(error);
  if (process.connected) {
    process.send?.({ failure } satisfies EmbeddedPostgresMessage, () => process.exit(1));
  } else {
    process.stderr.write(`${failure}\n`);
    process.exit(1);
  }
});
