/**
 * `npm run bench [-- --only SECTION ...options]`: performance measurements,
 * printed as a report. Sections run on databases of their own on the
 * benchmark's PostgreSQL (its own embedded one in .data/bench, kept for the
 * graph section's dataset; or new databases on the server of DATABASE_URL).
 * Add a section by adding a `BenchSection` to SECTIONS.
 */
import 'reflect-metadata';

import path from 'node:path';
import { parseArgs } from 'node:util';

import { projectRoot } from '../../services/shared/platform/project-root';
import type { BenchSection } from './bench-section';
import { type BenchServer, openBenchServer } from './bench-server';
import { csvImportSection } from './csv-import.section';
import { exportTotalsSection } from './export-totals.section';
import { graphSection } from './graph.section';
import { GRAPH_OPERATION_NAMES } from './graph-operations';

/** Every section, in the order they run. */
const SECTIONS: readonly BenchSection[] = [exportTotalsSection, csvImportSection, graphSection];

/** The options, with their defaults and what they must be. */
const OPTIONS = {
  figures: { default: '1000000', min: 1, help: 'export figures to load (export-totals, csv-import, and the graph dataset)' },
  runs: { default: '15', min: 1, help: 'timed runs of each measurement (export-totals)' },
  artisans: { default: '70000', min: 1, help: 'synthetic artisans of the graph dataset (about 1.5 enrolments each)' },
  exhibitions: { default: '5200', min: 1, help: 'synthetic exhibitions of the graph dataset (about 10 exhibitors each)' },
  connections: { default: '10', min: 1, help: 'concurrent connections of each graph load run' },
  duration: { default: '10', min: 1, help: 'seconds of each graph load run' },
  warmup: { default: '2', min: 0, help: 'seconds of unmeasured load per operation and target before the rounds' },
  rounds: { default: '2', min: 1, help: 'measured runs per operation and target, alternating the targets' },
  checks: { default: '3', min: 1, help: 'variable sets per operation checked on every target, one at a time, before the load' },
  'variable-sets': { default: '200', min: 1, help: 'variable sets drawn from the dataset per operation' },
} as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.entries(OPTIONS).map(([name, option]) => [name, { type: 'string', default: option.default }])),
      only: { type: 'string', multiple: true },
      operation: { type: 'string', multiple: true },
      'results-dir': { type: 'string', default: path.join(projectRoot(), 'scripts', 'bench') },
      'data-dir': { type: 'string', default: path.join(projectRoot(), '.data', 'bench') },
    },
  }) as { values: Record<string, string | string[] | undefined> };
  const numbers = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, option]) => {
      const value = Number(values[name]);
      if (!Number.isInteger(value) || value < option.min) {
        throw new Error(`--${name} must be a whole number of at least ${option.min} (${option.help}), got ${values[name]}.`);
      }
      return [name, value];
    }),
  ) as Record<keyof typeof OPTIONS, number>;
  const only = values.only as string[] | undefined;
  const sections = only ? SECTIONS.filter((section) => only.includes(section.name)) : SECTIONS;
  if (sections.length === 0) {
    throw new Error(`--only names no section; the sections are ${SECTIONS.map((section) => section.name).join(', ')}.`);
  }
  const operations = values.operation as string[] | undefined;
  const unknown = operations?.filter((name) => !GRAPH_OPERATION_NAMES.includes(name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`--operation ${unknown.join(', ')}: the operations are ${GRAPH_OPERATION_NAMES.join(', ')}.`);
  }

  let server: BenchServer | undefined;
  try {
    server = await openBenchServer(path.resolve(values['data-dir'] as string));
    process.stdout.write(
      `Handicrafts Graph benchmark — ${new Date().toISOString()}, Node ${process.version}, database: ${server.description}\n`,
    );
    for (const section of sections) {
      process.stdout.write(`\n## ${section.name}: ${section.description}\n`);
      const results = await section.run({
        createDatabase: () => server!.createDatabase(),
        server,
        figures: numbers.figures,
        runs: numbers.runs,
        graph: {
          artisans: numbers.artisans,
          exhibitions: numbers.exhibitions,
          connections: numbers.connections,
          durationSeconds: numbers.duration,
          warmupSeconds: numbers.warmup,
          rounds: numbers.rounds,
          checks: numbers.checks,
          variableSets: numbers['variable-sets'],
          operations,
          resultsDir: path.resolve(values['results-dir'] as string),
        },
        log: (message) => process.stderr.write(`[${section.name}] ${message}\n`),
        print: (text) => process.stdout.write(`\n${text}\n`),
      });
      for (const result of results) {
        process.stdout.write(`- ${result.label}: ${result.value}\n`);
      }
    }
  } finally {
    await server?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
