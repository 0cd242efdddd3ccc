import type { DataSource } from 'typeorm';

/**
 * Creates the subgraph's schema if it is missing and runs its pending migrations;
 * returns the names of the migrations it ran. Processes that start at the same
 * time wait for each other on an advisory lock, so each migration runs once.
 */
export async function migrateSchema(dataSource: DataSource, schema: string): Promise<string[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  const lockKey = `handicrafts-graph:migrations:${schema}`;
  try {
    await lockHolder.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      // CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the schema exists, and a
      // subgraph's own role has no such right (its schema was made for it); only a missing one is created.
      const existing = await lockHolder.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      if (existing.length === 0) {
        await lockHolder.query(`CREATE SCHEMA "${schema}"`);
      }
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    await lockHolder.release();
  }
}
