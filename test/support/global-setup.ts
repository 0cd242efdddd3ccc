import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { checkDatabaseAnswers, type EmbeddedPostgresServer, EmbeddedPostgresUnusableError, startEmbeddedPostgres } from './platform';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgresServer | undefined;
}

/**
 * Provides the PostgreSQL server the tests create their databases on: the one
 * DATABASE_URL names, or an embedded one in a temporary directory. Test files
 * read its URL from TEST_POSTGRES_URL.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    await checkDatabaseAnswers(process.env.DATABASE_URL);
    process.env.TEST_POSTGRES_URL = process.env.DATABASE_URL;
    return;
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
  process.env.TEST_POSTGRES_URL = globalThis.embeddedPostgresForTests.adminUrl;
}
