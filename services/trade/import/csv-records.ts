import type { ReadStream } from 'node:fs';

import Papa from 'papaparse';

/** One record of a CSV file, with what the parser found wrong in it (an unclosed quote, …), if anything. */
export interface CsvRecord {
  readonly cells: string[];
  readonly problem: string | null;
}

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks) with PapaParse, handing its records to `onRecords` in batches of
 * one read chunk each. Reading waits while `onRecords` works, so a slow
 * consumer never makes the file pile up in memory. Lines that hold nothing are
 * skipped.
 */
export function readCsvRecords(file: ReadStream, onRecords: (records: CsvRecord[]) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(file, {
      skipEmptyLines: 'greedy',
      chunk(results, parser) {
        const problems = new Map<number, string>();
        for (const error of results.errors) {
          if (error.row !== undefined && !problems.has(error.row)) {
            problems.set(error.row, error.message);
          }
        }
        parser.pause();
        onRecords(results.data.map((cells, index) => ({ cells, problem: problems.get(index) ?? null }))).then(
          () => parser.resume(),
          (error: unknown) => {
            failed = true;
            parser.abort();
            reject(error);
          },
        );
      },
      complete: () => {
        if (!failed) {
          resolve();
        }
      },
      error: (error: Error) => reject(error),
    });
  });
}
