import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { syntheticFigureQuantity } from '../../services/trade/synthetic/synthetic-trade.seeder';
import type { BenchContext, BenchResult, BenchSection } from './bench-section';
import { timeOnce } from './measure';

/**
 * Writes a CSV file of `rows` export figures: distinct quantities (solar year
 * 1370–1399, channel, destination, craft, province) for one source, then the
 * same quantities again for a second source, and so on.
 */
async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) {
      await once(out, 'drain');
    }
  };
  await write('period,channel,value_usd,precision,destination,craft,province,source_title,source_publisher,source_date,source_url,note\n');
  let chunk = '';
  for (let index = 0; index < rows; index += 1) {
    const { solarYear, channel, destinationCode, craftSlug, provinceCode, sourceNumber } = syntheticFigureQuantity(index);
    const source = sourceNumber + 1;
    const cents = 10_000 + ((index * 7_919) % 100_000_000);
    chunk += `${solarYear},${channel},${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')},${source === 1 ? 'EXACT' : 'APPROXIMATE'},${destinationCode},${craftSlug},${provinceCode},"Benchmark report ${source}, ""generated""",Benchmark,2025-01-0${Math.min(source, 9)},https://example.org/report-${source},\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
}

/** Runs the built `import:exports` command on a file and returns its exit code and output. */
function runImport(databaseUrl: string, file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '..', 'import-exports.js'), file], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output: output.trim() }));
  });
}

/** `npm run import:exports` on a generated file of `--figures` rows, twice (the second run must add nothing). */
export const csvImportSection: BenchSection = {
  name: 'csv-import',
  description: 'import:exports of a generated CSV file into an empty database, then the same file again',
  async run(context: BenchContext): Promise<BenchResult[]> {
    const folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-bench-csv-'));
    try {
      const file = path.join(folder, 'exports.csv');
      context.log(`writing a CSV file of ${context.figures.toLocaleString('en')} rows`);
      await writeCsv(file, context.figures);
      const megabytes = ((await stat(file)).size / 1024 / 1024).toFixed(0);
      const databaseUrl = await context.createDatabase();
      context.log('importing it');
      const first = await timeOnce(() => runImport(databaseUrl, file));
      context.log('importing it again');
      const second = await timeOnce(() => runImport(databaseUrl, file));
      for (const run of [first, second]) {
        if (run.result.code !== 0) {
          throw new Error(`import:exports failed (exit ${run.result.code}):\n${run.result.output}`);
        }
      }
      return [
        { label: 'file', value: `${context.figures.toLocaleString('en')} rows, ${megabytes} MB` },
        {
          label: 'first import (whole command: start, migrate, check, COPY, write)',
          value: `${first.seconds.toFixed(1)} s — ${first.result.output}`,
        },
        { label: 'same file again', value: `${second.seconds.toFixed(1)} s — ${second.result.output}` },
      ];
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
