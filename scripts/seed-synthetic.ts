/**
 * `npm run seed:synthetic -- --artisans N`: adds deterministic synthetic data,
 * labelled synthetic in the data itself, to the database of `npm start`
 * (DATABASE_URL, or the embedded PostgreSQL when `npm start` is not running).
 * Migrates first; writes everything in one transaction.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createSubgraphDataSource, migrateSchema, resolveDatabase, type DatabaseHandle } from '../services/shared/database';
import { createLogger } from '../services/shared/logger';
import { exitWithStartupError } from '../services/shared/server';
import { seedSyntheticTraining } from '../services/training/synthetic/synthetic-training.seeder';
import { trainingSubgraph } from '../services/training/training.subgraph';

const logger = createLogger('seed:synthetic');

/** Returns the sizes asked for on the command line. */
function parseSizes(): { artisans: number } {
  const { values } = parseArgs({ options: { artisans: { type: 'string', default: '1000' } } });
  const artisans = Number(values.artisans);
  if (!Number.isInteger(artisans) || artisans < 0 || artisans > 5_000_000) {
    throw new Error(`--artisans must be a whole number from 0 to 5000000, got ${values.artisans}`);
  }
  return { artisans };
}

async function main(): Promise<void> {
  let database: DatabaseHandle | undefined;
  try {
    const sizes = parseSizes();
    database = await resolveDatabase();
    const dataSource = createSubgraphDataSource({
      url: database.url,
      schema: trainingSubgraph.databaseSchema,
      entities: trainingSubgraph.entities,
      migrations: trainingSubgraph.migrations,
    });
    await dataSource.initialize();
    try {
      await migrateSchema(dataSource, trainingSubgraph.databaseSchema);
      const started = Date.now();
      const counts = await dataSource.transaction((manager) => seedSyntheticTraining(manager, sizes));
      logger.info('synthetic training data added', { ...counts, seconds: ((Date.now() - started) / 1000).toFixed(1), database: database.description });
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    await database?.release();
    exitWithStartupError(error, logger);
  }
  await database.release();
}

void main();
