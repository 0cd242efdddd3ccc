import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import pg from 'pg';

import { SUBGRAPHS } from '../../services/subgraphs';
import type { BenchServer } from './bench-server';
import { timeOnce } from './measure';

/** How much synthetic data the graph section loads, as `npm run seed:synthetic` takes it. */
export interface GraphDatasetSizes {
  readonly artisans: number;
  readonly exhibitions: number;
  readonly figures: number;
}

/** The loaded dataset. */
export interface GraphDataset {
  readonly url: string;
  readonly databaseName: string;
  /** Whether it was kept from an earlier run. */
  readonly reused: boolean;
  /** How long loading took in this run (0 when reused). */
  readonly loadSeconds: number;
  /** Rows of each kind in the database. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Names of the kept dataset databases; one at a time is kept. */
const DATABASE_PREFIX = 'handicrafts_bench_graph_';

/**
 * Returns the graph section's dataset: a database holding every subgraph's
 * schema, migrated, with `npm run seed:synthetic` of `sizes` (the built
 * command, run on it), vacuumed and analysed as autovacuum would. It is kept
 * on the bench server and reused while the sizes, the migrations and the
 * seeders' code stay the same; a change of any of them builds a new one.
 */
export async function openGraphDataset(
  server: BenchServer,
  sizes: GraphDatasetSizes,
  log: (message: string) => void,
): Promise<GraphDataset> {
  const databaseName = `${DATABASE_PREFIX}${datasetKey(sizes).slice(0, 16)}`;
  const { result: database, seconds } = await timeOnce(() =>
    server.keptDatabase(databaseName, DATABASE_PREFIX, async (url) => {
      log(`loading the dataset into ${databaseName} (kept for later runs): ${JSON.stringify(sizes)}`);
      await seedSynthetic(url, sizes, log);
      const sql = new pg.Client({ connectionString: url });
      await sql.connect();
      try {
        await sql.query('VACUUM ANALYZE');
      } finally {
        await sql.end();
      }
    }),
  );
  if (database.reused) {
    log(`reusing the dataset in ${databaseName}`);
  }
  return {
    url: database.url,
    databaseName,
    reused: database.reused,
    loadSeconds: database.reused ? 0 : seconds,
    counts: await countRows(database.url),
  };
}

/**
 * Returns a hash of what the dataset is made from: the sizes, every
 * subgraph's migrations, and the compiled code of the seeders and of the
 * seed command.
 */
function datasetKey(sizes: GraphDatasetSizes): string {
  const dist = path.resolve(__dirname, '..', '..');
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ sizes, migrations: SUBGRAPHS.map((subgraph) => [subgraph.name, migrationNames(subgraph.migrations)]) }));
  const seederFiles = [
    path.join(dist, 'scripts', 'seed-synthetic.js'),
    path.join(dist, 'services', 'shared', 'platform', 'synthetic.js'),
    ...SUBGRAPHS.flatMap((subgraph) => {
      const folder = path.join(dist, 'services', subgraph.name, 'synthetic');
      return existsSync(folder)
        ? readdirSync(folder)
            .filter((file) => file.endsWith('.js'))
            .map((file) => path.join(folder, file))
        : [];
    }),
  ];
  for (const file of seederFiles.sort()) {
    hash.update(file.slice(dist.length)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function migrationNames(migrations: unknown): string[] {
  return (Array.isArray(migrations) ? migrations : Object.values(migrations as object)).map((migration) =>
    typeof migration === 'function' ? migration.name : String(migration),
  );
}

/** Runs the built `seed:synthetic` command on `url` and fails with its output when it fails. */
function seedSynthetic(url: string, sizes: GraphDatasetSizes, log: (message: string) => void): Promise<void> {
  const args = Object.entries(sizes).flatMap(([name, size]) => [`--${name}`, String(size)]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '..', 'seed-synthetic.js'), ...args], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('exit', (code) => {
      for (const line of output.trim().split('\n')) {
        log(`  ${line}`);
      }
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`seed:synthetic ${args.join(' ')} failed (exit ${code})`));
      }
    });
  });
}

async function countRows(url: string): Promise<Record<string, number>> {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const { rows } = await sql.query(`SELECT
      (SELECT count(*) FROM training.artisan)::int AS artisans,
      (SELECT count(*) FROM training.course)::int AS courses,
      (SELECT count(*) FROM training.enrollment)::int AS enrollments,
      (SELECT count(*) FROM training.certificate)::int AS certificates,
      (SELECT count(*) FROM exhibitions.exhibition)::int AS exhibitions,
      (SELECT count(*) FROM exhibitions.exhibitor)::int AS exhibitors,
      (SELECT count(*) FROM trade.export_figure)::int AS "exportFigures"`);
    return rows[0];
  } finally {
    await sql.end();
  }
}
