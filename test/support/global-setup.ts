import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  checkDatabaseAnswers,
  type EmbeddedPostgresServer,
  EmbeddedPostgresUnusableError,
  openSubgraphDatabase,
  startEmbeddedPostgres,
} from './platform';
import { SUBGRAPHS } from './subgraphs';
import { createTemplateDatabase, TEST_SERVER_VARIABLES, type TestServerVariables } from './test-database';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgresServer | undefined;
}

/**
 * Global setup of the `integration` project: provides the PostgreSQL server
 * its test files create their databases on (the one DATABASE_URL names, or an
 * embedded one in a temporary directory) and a template database on it with
 * every subgraph's migrations run. Test files read the server's URL from
 * TEST_POSTGRES_URL and the template's name from TEST_TEMPLATE_DATABASE.
 */
export default async function globalSetup(): Promise<void> {
  await prepareTestServer(
    process.env.DATABASE_URL ? await checkedServer(process.env.DATABASE_URL) : await startEmbeddedServer(),
    TEST_SERVER_VARIABLES,
  );
}

/**
 * Makes the template database on the server of `serverUrl` and records the
 * server's URL and the template's name in the variables named by `variables`
 * (the parent process's environment, which jest's workers inherit).
 */
export async function prepareTestServer(serverUrl: string, variables: TestServerVariables): Promise<void> {
  process.env[variables.serverUrl] = serverUrl;
  // Migrated once, copied per file: the migrations and their seeds made a
  // graph's database ready in 4.7 s on a loaded machine, a copy in 2 s.
  process.env[variables.templateDatabase] = await createTemplateDatabase(serverUrl, async (url) => {
    for (const definition of SUBGRAPHS) {
      const { dataSource } = await openSubgraphDatabase(definition, url);
      await dataSource.destroy();
    }
  });
}

/** Returns `serverUrl` once the server it names answers. */
export async function checkedServer(serverUrl: string): Promise<string> {
  await checkDatabaseAnswers(serverUrl);
  return serverUrl;
}

/** Starts an embedded PostgreSQL in a temporary directory and returns its admin URL. */
async function startEmbeddedServer(): Promise<string> {
  const runDir = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-test-'));
  // When the tests run as root, PostgreSQL runs as the `postgres` user, which must reach the folder.
  await chmod(runDir, 0o755);
  const dataDir = path.join(runDir, 'postgres');
  try {
    globalThis.embeddedPostgresForTests = await startEmbeddedPostgres({ dataDir, temporary: true });
  } catch (error) {
    // Run as root, a cache the postgres user cannot enter either: one line saying what to do, no stack trace.
    if (error instanceof EmbeddedPostgresUnusableError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  return globalThis.embeddedPostgresForTests.adminUrl;
}
