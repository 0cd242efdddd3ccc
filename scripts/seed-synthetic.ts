/**
 * `npm run seed:synthetic -- --artisans N --figures M`: adds every subgraph's
 * deterministic synthetic data, labelled synthetic in the data itself, to the
 * database of `npm start` (DATABASE_URL, or the embedded PostgreSQL when
 * `npm start` is not running; a subgraph's own TRAINING_DATABASE_URL, … when
 * set). Each subgraph migrates first and writes its data in one transaction,
 * as its own role.
 */
import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { type DatabaseHandle, resolveDatabase, subgraphDatabaseUrl } from '../services/shared/platform/database';
import { createLogger } from '../services/shared/platform/logger';
import { exitWithStartupError, openSubgraphDatabase, type SyntheticSizes } from '../services/shared/platform/server';
import { SUBGRAPHS } from '../services/subgraphs';

const logger = createLogger('seed:synthetic');

/** The command-line options, with their defaults and upper bounds. */
const SIZE_OPTIONS: Record<string, { readonly defaultValue: number; readonly max: number }> = {
  artisans: { defaultValue: 1_000, max: 5_000_000 },
  exhibitions: { defaultValue: 200, max: 1_000_000 },
  figures: { defaultValue: 10_000, max: 5_000_000 },
};

/** Returns the sizes asked for on the command line. */
function parseSizes(): SyntheticSizes {
  const { values } = parseArgs({
    options: Object.fromEntries(
      Object.entries(SIZE_OPTIONS).map(([name, option]) => [name, { type: 'string', default: String(option.defaultValue) }]),
    ),
  });
  return Object.fromEntries(
    Object.entries(SIZE_OPTIONS).map(([name, option]) => {
      const size = Number(values[name]);
      if (!Number.isInteger(size) || size < 0 || size > option.max) {
        throw new Error(`--${name} must be a whole number from 0 to ${option.max}, got ${values[name]}`);
      }
      return [name, size];
    }),
  );
}

async function main(): Promise<void> {
  let database: DatabaseHandle | undefined;
  try {
    const sizes = parseSizes();
    database = await resolveDatabase();
    for (const definition of SUBGRAPHS) {
      if (!definition.seedSynthetic) {
        continue;
      }
      const { dataSource } = await openSubgraphDatabase(definition, subgraphDatabaseUrl(definition.databaseSchema, database.url), {
        batch: true,
      });
      try {
        const started = Date.now();
        const counts = await dataSource.transaction((manager) => definition.seedSynthetic!(manager, sizes));
        logger.info(`synthetic ${definition.name} data added`, { ...counts, seconds: ((Date.now() - started) / 1000).toFixed(1) });
      } finally {
        await dataSource.destroy();
      }
    }
    logger.info('done', { database: database.description });
  } catch (error) {
    await database?.release();
    exitWithStartupError(error, logger);
  }
  await database.release();
}

void main();
