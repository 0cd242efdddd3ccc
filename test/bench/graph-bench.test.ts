// @durationSeconds 115 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { GraphResults, OperationResult } from '../../scripts/bench/graph-results';
import { runBuilt } from '../support/processes';

/** The built `npm run bench`. */
const BENCH = path.join('scripts', 'bench', 'index.js');
const OPERATIONS = ['artisan-page', 'partner-listing', 'province-overview', 'course-catalogue', 'export-analysis', 'province-exports'];

/** Runs the graph section with `args` on a tiny dataset in `folder` and returns its output; fails when it fails. */
async function benchGraph(folder: string, args: string[]): Promise<string> {
  // Always the benchmark's own embedded PostgreSQL (its data directory in `folder`), even when the tests run on
  // DATABASE_URL: that is the server it counts SQL statements on.
  const bench = runBuilt(
    BENCH,
    {},
    ['DATABASE_URL'],
    [
      '--only',
      'graph',
      '--artisans',
      '60',
      '--exhibitions',
      '12',
      '--figures',
      '300',
      '--duration',
      '1',
      '--warmup',
      '0',
      '--rounds',
      '1',
      '--connections',
      '2',
      '--checks',
      '2',
      '--variable-sets',
      '20',
      '--data-dir',
      path.join(folder, 'data'),
      '--results-dir',
      folder,
      ...args,
    ],
  );
  const code = await bench.exited;
  if (code !== 0) {
    throw new Error(`npm run bench exited with ${code}:\n${bench.output()}`);
  }
  return bench.output();
}

// Speed is never asserted here: this only keeps the benchmark working end to end.
describe('npm run bench -- --only graph', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-bench-test-'));
    // When the tests run as root, PostgreSQL runs as the `postgres` user, which must reach the folder.
    await chmod(folder, 0o755);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('loads a dataset, checks every operation on ours, Hive and the limit alike, loads them, and writes the results', async () => {
    const output = await benchGraph(folder, []);
    expect(output).toContain('req/s ours ÷ Hive');

    const results = JSON.parse(await readFile(path.join(folder, 'results.json'), 'utf8')) as GraphResults;
    expect(results.dataset).toMatchObject({
      reused: false,
      counts: { artisans: 60, exhibitions: expect.any(Number), exportFigures: expect.any(Number) },
    });
    expect(results.operations.map((operation: OperationResult) => operation.name)).toEqual(OPERATIONS);
    for (const operation of results.operations) {
      for (const [target, own] of [
        [operation.ours, 'gateway'],
        [operation.hive, 'hive-gateway'],
        [operation.limit, 'one process'],
      ] as const) {
        expect(target.answered).toBeGreaterThan(0);
        expect(target.failures).toBe(0);
        expect(target.sqlPerRequest).toBeGreaterThan(0);
        expect(target.sqlPerRequestAlone).toBeGreaterThan(0);
        expect(target.peakRssMiB[own]).toBeGreaterThan(0);
      }
      // Ours and Hive Gateway call the subgraph processes; the limit holds its subgraphs in its one process.
      expect(operation.ours.peakRssMiB.training).toBeGreaterThan(0);
      expect(operation.limit.peakRssMiB.training).toBeUndefined();
    }
    const byName = Object.fromEntries(results.operations.map((operation: OperationResult) => [operation.name, operation]));
    expect(byName['course-catalogue'].subgraphs).toEqual(['training']);
    expect(byName['artisan-page'].subgraphs).toEqual(['training', 'exhibitions']);

    const markdown = await readFile(path.join(folder, 'RESULTS.md'), 'utf8');
    expect(markdown).toContain('| artisan page |');
    expect(markdown).toMatch(/the one-process mode: [\d,]+ MiB in all/);
    expect(markdown).toContain(results.generatedAt);
  }, 240_000);

  it('reuses the dataset of an earlier run with the same sizes', async () => {
    await benchGraph(folder, ['--operation', 'course-catalogue']);
    const results = JSON.parse(await readFile(path.join(folder, 'results.json'), 'utf8')) as GraphResults;
    expect(results.dataset.reused).toBe(true);
    expect(results.operations.map((operation: OperationResult) => operation.name)).toEqual(['course-catalogue']);
  }, 120_000);
});
