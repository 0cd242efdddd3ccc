/**
 * `npm run import:exports -- FILE.csv`: imports export figures from a CSV file
 * into the trade schema of `npm start`'s database (TRADE_DATABASE_URL,
 * DATABASE_URL, or the embedded PostgreSQL when `npm start` is not running),
 * as the trade subgraph's role, after migrating it.
 * The whole file is checked first; any bad row rejects it, listing each row
 * and column, and nothing is written. Importing the same file again changes
 * nothing. Exit status: 0 imported, 1 rejected or failed, 2 wrong usage.
 */
import 'reflect-metadata';

import { performance } from 'node:perf_hooks';

import { SingleBar } from 'cli-progress';

import { type DatabaseHandle, resolveDatabase } from '../services/shared/platform/database';
import { openSubgraphDatabase } from '../services/shared/platform/server';
import { EXPORT_CSV_COLUMNS } from '../services/trade/import/export-csv-columns';
import { importExportCsv, type ImportProgress } from '../services/trade/import/import-export-csv';
import { tradeSubgraph } from '../services/trade/trade.subgraph';

/** A progress bar on stderr when it is a terminal; nothing otherwise. */
function terminalProgress(): (ImportProgress & { stop(): void }) | undefined {
  if (!process.stderr.isTTY) {
    return undefined;
  }
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'reading {bar} {percentage}% | {value}/{total} MB | {phase}',
    hideCursor: true,
  });
  let started = false;
  let phase = 'checking rows';
  return {
    bytesRead(bytes, totalBytes) {
      const megabytes = (value: number) => Math.round(value / 1e5) / 10;
      if (!started) {
        bar.start(megabytes(totalBytes), 0, { phase });
        started = true;
      }
      bar.update(megabytes(bytes), { phase });
    },
    phase(name) {
      phase = name === 'checking' ? 'checking against recorded figures' : 'writing';
      bar.update({ phase });
    },
    stop() {
      if (started) {
        bar.stop();
      }
    },
  };
}

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  if (files.length !== 1 || files[0].startsWith('-')) {
    const columns = EXPORT_CSV_COLUMNS.map((column) => `  ${column.name}${column.required ? '' : ' (optional)'}: ${column.description}`);
    process.stderr.write(
      `Usage: npm run import:exports -- FILE.csv\n\nFILE.csv starts with a header row naming its columns, in any order:\n${columns.join('\n')}\n`,
    );
    return 2;
  }
  const [file] = files;
  let database: DatabaseHandle | undefined;
  const progress = terminalProgress();
  try {
    database = await resolveDatabase(tradeSubgraph.databaseSchema);
    const { dataSource } = await openSubgraphDatabase(tradeSubgraph, database.url, { batch: true });
    try {
      const started = performance.now();
      const report = await importExportCsv(dataSource, file, progress);
      progress?.stop();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (report.errorCount > 0) {
        const lines = report.errors.map(
          (error) => `  row ${error.row}${error.column === null ? '' : `, column ${error.column}`}: ${error.message}`,
        );
        const more = report.errorCount > report.errors.length ? [`  … and ${report.errorCount - report.errors.length} more.`] : [];
        process.stderr.write(
          `Rejected ${file}: ${report.errorCount} problem(s) in ${report.rowsRead} rows; nothing was written.\n${[...lines, ...more].join('\n')}\n`,
        );
        return 1;
      }
      process.stdout.write(
        `Imported ${file} in ${seconds} s: ${report.rowsRead} rows, ${report.figuresAdded} figures added, ${report.rowsAlreadyRecorded} already recorded, ${report.sourcesAdded} sources added (database: ${database.description}).\n`,
      );
      return 0;
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    progress?.stop();
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await database?.release();
  }
}

void main().then((status) => process.exit(status));
