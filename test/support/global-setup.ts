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
import { createTemplateDatabase } from './test-database';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgresServer | undefined;
}

/**
 * Provides the PostgreSQL server the tests create their databases on (the one
 * DATABASE_URL names, or an embedded one in a temporary directory) and a
 * template database on it with every subgraph's migrations run. Test files
 * read the server's URL from TEST_POSTGRES_URL and the template's name from
 * TEST_TEMPLATE_DATABASE.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TEST_POSTGRES_URL = await provideServer();
  // Migrated once, copied per file: the migrations and their seeds made a
  // graph's database ready in 4.7 s on a loaded machine, a copy in 2 s.
  process.env.TEST_TEMPLATE_DATABASE = await createTemplateDatabase(process.env.TEST_POSTGRES_URL, async (url) => {
    for (const definition of SUBGRAPHS) {
      const { dataSource } = await openSubgraphDatabase(definition, url);
      await dataSource.destroy();
    }
  });
}

/** Returns the admin URL of the server DATABASE_URL names, or of an embedded one that it starts. */
async function provideServer(): Promise<string> {
  if (process.env.DATABASE_URL) {
    await checkDatabaseAnswers(process.env.DATABASE_URL);
    return process.env.DATABASE_URL;
  }
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
