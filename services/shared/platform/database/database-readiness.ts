import type { DataSource } from 'typeorm';

import { loggableError } from './database-errors';

/** How long `SELECT 1` may take for the database to count as answering. */
export const READINESS_TIMEOUT_MS = 1_000;

/** Returns "ok" when the data source's database answers `SELECT 1` within a second, otherwise why not. */
export async function databaseReadiness(dataSource: DataSource): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer to SELECT 1 within ${READINESS_TIMEOUT_MS} ms`), READINESS_TIMEOUT_MS);
  });
  const answer = dataSource.query('SELECT 1').then(
    () => 'ok',
    (error: unknown) => `SELECT 1 failed: ${String(loggableError(error).message)}`,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
