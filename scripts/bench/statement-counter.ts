import { setTimeout as sleep } from 'node:timers/promises';

import pg from 'pg';

/**
 * Counts the SQL statements that PostgreSQL executed in one database, from
 * `pg_stat_statements` (every top-level statement a client sends, counted as
 * it finishes, whichever process sent it), and waits for that database to be
 * quiet between measurements.
 */
export interface StatementCounter {
  /** Null when statements can be counted; otherwise why not (shown instead of the figures). */
  readonly unavailable: string | null;
  /** Statements executed in the database so far; differences between two calls are what counts. 0 when unavailable. */
  executed(): Promise<number>;
  /**
   * Resolves once no statement has run in the database for two checks in a
   * row (requests a load generator abandoned still finish on the server), or
   * after `timeoutMs`.
   */
  waitUntilQuiet(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a statement counter on a connection of its own to `databaseUrl`. The
 * counter's own statements are not tracked (`pg_stat_statements.track = none`
 * for its session), which needs a superuser, as the benchmark's embedded
 * PostgreSQL has; elsewhere counting may be unavailable.
 */
export async function openStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'handicrafts-graph:bench-monitor' });
  await client.connect();
  let unavailable: string | null = null;
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query("SET pg_stat_statements.track = 'none'");
    await client.query('SELECT count(*) FROM pg_stat_statements');
  } catch (error) {
    unavailable = `pg_stat_statements is not usable on this server (${error instanceof Error ? error.message : String(error)})`;
  }
  const busyStatements = async (): Promise<number> => {
    const { rows } = await client.query(
      "SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = current_database() AND state NOT IN ('idle') AND pid <> pg_backend_pid()",
    );
    return rows[0].busy;
  };
  return {
    unavailable,
    async executed() {
      if (unavailable) {
        return 0;
      }
      const { rows } = await client.query(
        'SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())',
      );
      return Number(rows[0].calls);
    },
    async waitUntilQuiet(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      let quietChecks = 0;
      while (quietChecks < 2 && Date.now() < deadline) {
        quietChecks = (await busyStatements()) === 0 ? quietChecks + 1 : 0;
        await sleep(100);
      }
    },
    close: () => client.end(),
  };
}
