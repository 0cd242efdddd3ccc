/**
 * `npm run bench [-- --figures N --runs R --only SECTION --data-dir DIR]`:
 * performance measurements, printed as a report. Sections run on databases of
 * their own on the benchmark's PostgreSQL (its own embedded one in .data/bench,
 * kept between runs for datasets worth keeping; or new databases on the server
 * of DATABASE_URL). Add a section by adding a `BenchSection` to SECTIONS.
 */
import 'reflect-metadata';

import path from 'node:path';
import { parseArgs } from 'node:util';

import { projectRoot } from '../../services/shared/platform/project-root';
import type { BenchSection } from './bench-section';
import { type BenchServer, openBenchServer } from './bench-server';
import { csvImportSection } from './csv-import.section';
import { exportTotalsSection } from './export-totals.section';

/** Every section, in the order they run. */
const SECTIONS: readonly BenchSection[] = [exportTotalsSection, csvImportSection];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      figures: { type: 'string', default: '1000000' },
      runs: { type: 'string', default: '15' },
      only: { type: 'string', multiple: true },
      'data-dir': { type: 'string', default: path.join(projectRoot(), '.data', 'bench') },
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
  let server: BenchServer | undefined;
  try {
    server = await openBenchServer(path.resolve(values['data-dir']!));
    process.stdout.write(
      `Handicrafts Graph benchmark — ${new Date().toISOString()}, Node ${process.version}, database: ${server.description}\n`,
    );
    for (const section of sections) {
      process.stdout.write(`\n## ${section.name}: ${section.description}\n`);
      const results = await section.run({
        createDatabase: () => server!.createDatabase(),
        server,
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
