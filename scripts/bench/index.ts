/**
 * `npm run bench [-- --figures N --runs R --only SECTION]`: performance
 * measurements on a throwaway database (a temporary embedded PostgreSQL, or new
 * databases on the server of DATABASE_URL), printed as a report. Each section
 * runs on databases of its own; add a section by adding a `BenchSection` to
 * SECTIONS.
 */
import 'reflect-metadata';

import { parseArgs } from 'node:util';

import type { BenchSection } from './bench-section';
import { csvImportSection } from './csv-import.section';
import { exportTotalsSection } from './export-totals.section';
import { openThrowawayServer, type ThrowawayServer } from './throwaway-server';

/** Every section, in the order they run. */
const SECTIONS: readonly BenchSection[] = [exportTotalsSection, csvImportSection];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      figures: { type: 'string', default: '1000000' },
      runs: { type: 'string', default: '15' },
      only: { type: 'string', multiple: true },
    },
  });
  const figures = Number(values.figures);
  const runs = Number(values.runs);
  if (!Number.isInteger(figures) || figures < 1 || !Number.isInteger(runs) || runs < 1) {
    throw new Error('--figures and --runs must be whole numbers of at least 1.');
  }
  const sections = values.only ? SECTIONS.filter((section) => values.only!.includes(section.name)) : SECTIONS;
  if (sections.length === 0) {
    throw new Error(`--only names no section; the sections are ${SECTIONS.map((section) => section.name).join(', ')}.`);
  }
  let server: ThrowawayServer | undefined;
  try {
    server = await openThrowawayServer();
    process.stdout.write(
      `Handicrafts Graph benchmark — ${new Date().toISOString()}, Node ${process.version}, database: ${server.description}\n`,
    );
    for (const section of sections) {
      process.stdout.write(`\n## ${section.name}: ${section.description}\n`);
      const results = await section.run({
        createDatabase: () => server!.createDatabase(),
        figures,
        runs,
        log: (message) => process.stderr.write(`[${section.name}] ${message}\n`),
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
