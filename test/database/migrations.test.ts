import { checkDatabaseAnswers, DatabaseUnavailableError, startSubgraph } from '../support/platform';
import { TRAINING_MIGRATIONS, trainingSubgraph } from '../support/subgraphs';
import { createTestDatabase } from '../support/test-database';

describe('migrations', () => {
  it('run once when two processes of a subgraph start at the same time on a new database', async () => {
    const database = await createTestDatabase();
    try {
      const [first, second] = await Promise.all([
        startSubgraph(trainingSubgraph, { databaseUrl: database.url, port: 0, host: '127.0.0.1' }),
        startSubgraph(trainingSubgraph, { databaseUrl: database.url, port: 0, host: '127.0.0.1' }),
      ]);
      expect([first.migrationsRun.length, second.migrationsRun.length].sort()).toEqual([0, TRAINING_MIGRATIONS.length]);
      const { rows } = await database.pool.query<{ applied: number }>('SELECT count(*)::int AS applied FROM training.migrations');
      const organizations = await database.pool.query<{ count: number }>('SELECT count(*)::int AS count FROM training.organization');
      expect(rows[0].applied).toBe(TRAINING_MIGRATIONS.length);
      expect(organizations.rows[0].count).toBe(8);
      await Promise.all([first.stop(), second.stop()]);
    } finally {
      await database.drop();
    }
  });

  it('leave nothing to do when a subgraph starts again on a migrated database', async () => {
    const database = await createTestDatabase();
    try {
      await (await startSubgraph(trainingSubgraph, { databaseUrl: database.url, port: 0, host: '127.0.0.1' })).stop();
      const again = await startSubgraph(trainingSubgraph, { databaseUrl: database.url, port: 0, host: '127.0.0.1' });
      expect(again.migrationsRun).toEqual([]);
      await again.stop();
    } finally {
      await database.drop();
    }
  });
});

describe('a database that does not answer', () => {
  it('is reported in one line within seconds', async () => {
    const started = Date.now();
    const failure = await checkDatabaseAnswers('postgres://someone:secret@127.0.0.1:1/nothing').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    expect((failure as Error).message).toMatch(/does not answer/);
    expect((failure as Error).message).not.toContain('secret');
    expect((failure as Error).message).not.toContain('\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
