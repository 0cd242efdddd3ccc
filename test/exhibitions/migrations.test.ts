import { migrateSchema, startSubgraph } from '../support/platform';
import { EXHIBITIONS_MIGRATIONS, exhibitionsSubgraph } from '../support/subgraphs';
import { createTestDatabase } from '../support/test-database';

describe('exhibitions migrations', () => {
  it('create the schema with the facts of the reports, leave nothing to do on a second start, and undo cleanly', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startSubgraph(exhibitionsSubgraph, { databaseUrl: database.url, port: 0, host: '127.0.0.1' });
      expect(first.migrationsRun).toHaveLength(EXHIBITIONS_MIGRATIONS.length);
      await first.stop();
      const again = await startSubgraph(exhibitionsSubgraph, { databaseUrl: database.url, port: 0, host: '127.0.0.1' });
      expect(again.migrationsRun).toEqual([]);

      const facts = async () =>
        (
          await database.pool.query(`SELECT (SELECT count(*)::int FROM exhibitions.exhibition) AS exhibitions,
             (SELECT count(*)::int FROM exhibitions.export_market) AS markets,
             (SELECT count(*)::int FROM exhibitions.world_craft_designation_count_report) AS counts,
             (SELECT count(*)::int FROM exhibitions.source) AS sources`)
        ).rows[0];
      expect(await facts()).toEqual({ exhibitions: 4, markets: 13, counts: 2, sources: 4 });

      for (let step = 0; step < EXHIBITIONS_MIGRATIONS.length; step += 1) {
        await again.dataSource.undoLastMigration({ transaction: 'each' });
      }
      const { rows } = await database.pool.query<{ tables: number }>(
        "SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'exhibitions' AND table_name <> 'migrations'",
      );
      expect(rows[0].tables).toBe(0);
      expect(await migrateSchema(again.dataSource, 'exhibitions')).toHaveLength(EXHIBITIONS_MIGRATIONS.length);
      expect(await facts()).toEqual({ exhibitions: 4, markets: 13, counts: 2, sources: 4 });
      await again.stop();
    } finally {
      await database.drop();
    }
  });
});
