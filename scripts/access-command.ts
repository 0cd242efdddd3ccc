import type { DataSource } from 'typeorm';

import { ACCESS_DATABASE } from '../services/access/public';
import { type DatabaseHandle, resolveDatabase } from '../services/shared/platform/database';
import { openSubgraphDatabase } from '../services/shared/platform/server';

/** Thrown for a command line that does not fit the command's usage; its message, if any, says what is wrong. */
export class UsageError extends Error {}

/**
 * Runs a command on the access subgraph's tables (`npm run apikey`, `npm run
 * documents`) and exits with its status: `command` opens the database of
 * `npm start` (ACCESS_DATABASE_URL, DATABASE_URL, or the embedded PostgreSQL)
 * as the access subgraph's role when it calls `openDatabase`, which is closed
 * whatever happens. A UsageError prints `usage` and exits 2, any other error
 * its message and exits 1.
 */
export function runAccessCommand(usage: string, command: (openDatabase: () => Promise<DataSource>) => Promise<number>): void {
  let database: DatabaseHandle | undefined;
  let dataSource: DataSource | undefined;
  const openDatabase = async () => {
    database = await resolveDatabase(ACCESS_DATABASE.databaseSchema);
    ({ dataSource } = await openSubgraphDatabase(ACCESS_DATABASE, database.url, { batch: true }));
    return dataSource;
  };
  const run = async (): Promise<number> => {
    try {
      return await command(openDatabase);
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message ? `${error.message}\n\n` : ''}${usage}`);
        return 2;
      }
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      await dataSource?.destroy();
      await database?.release();
    }
  };
  void run().then((code) => process.exit(code));
}
