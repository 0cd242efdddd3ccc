/**
 * Process entry that runs the embedded PostgreSQL for `npm start` and for a
 * subgraph started alone without DATABASE_URL. It reports `{ url }` (or
 * `{ failure }`) to its parent over IPC, and stops the server when asked with
 * SIGTERM/SIGINT or when the parent goes away.
 */
import { startEmbeddedPostgres } from './embedded-postgres';

/** Messages this process sends to its parent. */
export type EmbeddedPostgresMessage = { readonly url: string } | { readonly failure: string };

async function main(): Promise<void> {
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR;
  if (!dataDir) {
    throw new Error('EMBEDDED_POSTGRES_DIR is not set');
  }
  const port = process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined;
  const server = await startEmbeddedPostgres({ dataDir, port });
  // The package's own exit hook also stops the server on these signals; this
  // handler covers the parent disappearing without a signal.
  process.once('disconnect', () => {
    void server.stop().finally(() => process.exit(0));
  });
  process.send?.({ url: server.url } satisfies EmbeddedPostgresMessage);
}

main().catch((error: unknown) => {
  const failure = error instanceof Error ? error.message : String(error);
  if (process.send) {
    process.send({ failure } satisfies EmbeddedPostgresMessage, () => process.exit(1));
  } else {
    process.stderr.write(`${failure}\n`);
    process.exit(1);
  }
});
