import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

import type { DataSource } from 'typeorm';

import { readCsvRecords } from './csv-records';
import { EXPORT_CSV_COLUMNS } from './export-csv-columns';
import { type CellError, ExportCsvRowReader } from './export-csv-row-reader';
import { FigureStaging } from './staged-figures';

/** Most errors kept for the report; the count covers them all. */
const MAX_REPORTED_ERRORS = 1_000;

/** What an import did, or why it wrote nothing. */
export interface ExportCsvImportReport {
  /** Data rows read (the header not counted). */
  readonly rowsRead: number;
  readonly figuresAdded: number;
  /** Rows whose figure was already recorded (or repeated an earlier row): they changed nothing. */
  readonly rowsAlreadyRecorded: number;
  readonly sourcesAdded: number;
  /** Every problem found (the first MAX_REPORTED_ERRORS of them); when there is any, nothing was written. */
  readonly errors: readonly CellError[];
  readonly errorCount: number;
}

/** Called as the file is read, and when the import moves to its next phase. */
export interface ImportProgress {
  bytesRead(bytes: number, totalBytes: number): void;
  phase(name: 'checking' | 'writing'): void;
}

/**
 * Imports an export figures CSV file (columns in EXPORT_CSV_COLUMNS) in one
 * transaction: every row is checked (cells, among them text PostgreSQL
 * cannot store or bytes that are not UTF-8, then against recorded figures),
 * and any problem rejects the whole file, writing nothing; otherwise the rows
 * go through COPY into a staging table and into `export_figure`, skipping
 * figures already recorded, so importing the same file again changes nothing.
 */
export async function importExportCsv(dataSource: DataSource, filePath: string, progress?: ImportProgress): Promise<ExportCsvImportReport> {
  const totalBytes = (await stat(filePath)).size;
  const errors: CellError[] = [];
  let errorCount = 0;
  const report = (error: CellError) => {
    errorCount += 1;
    if (errors.length < MAX_REPORTED_ERRORS) {
      errors.push(error);
    }
  };
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  try {
    const staging = await FigureStaging.open(queryRunner.manager);
    const file = createReadStream(filePath, { encoding: 'utf8' });
    let row = 0;
    let reader: ExportCsvRowReader | null = null;
    let headerValid = true;
    let width = 0;
    await readCsvRecords(file, async (records) => {
      progress?.bytesRead(file.bytesRead, totalBytes);
      for (const { cells, problem } of records) {
        row += 1;
        if (!headerValid) {
          continue;
        }
        if (problem !== null) {
          report({ row, column: null, message: `cannot be read as CSV: ${problem}` });
          headerValid = reader !== null;
        } else if (reader === null) {
          const columnIndex = readHeader(cells, report);
          headerValid = columnIndex !== null;
          reader = columnIndex && new ExportCsvRowReader(columnIndex);
          width = cells.length;
        } else if (cells.length !== width) {
          report({ row, column: null, message: `has ${cells.length} fields; the header has ${width}.` });
        } else {
          const figure = reader.read(row, cells);
          if (Array.isArray(figure)) {
            figure.forEach(report);
          } else if (errorCount === 0) {
            // After the first error nothing will be written: the rest is only read for the report.
            await staging.add(figure);
          }
        }
      }
    });
    await staging.close();
    if (row === 0) {
      report({ row: 1, column: null, message: 'the file is empty: it needs a header row and at least one data row.' });
    }
    const rowsRead = Math.max(row - 1, 0);
    if (errorCount === 0) {
      progress?.phase('checking');
      (await staging.conflicts(MAX_REPORTED_ERRORS)).forEach(report);
    }
    if (errorCount > 0) {
      await queryRunner.rollbackTransaction();
      return { rowsRead, figuresAdded: 0, rowsAlreadyRecorded: 0, sourcesAdded: 0, errors, errorCount };
    }
    progress?.phase('writing');
    const written = await staging.write();
    await queryRunner.commitTransaction();
    return { rowsRead, ...written, errors: [], errorCount: 0 };
  } catch (error) {
    if (queryRunner.isTransactionActive) {
      await queryRunner.rollbackTransaction();
    }
    throw error;
  } finally {
    await queryRunner.release();
  }
}

/** Returns each column's position from the header row, or null after reporting what is wrong with it. */
function readHeader(cells: readonly string[], report: (error: CellError) => void): Map<string, number> | null {
  const known = new Set(EXPORT_CSV_COLUMNS.map((column) => column.name));
  const columnIndex = new Map<string, number>();
  let valid = true;
  cells.forEach((cell, index) => {
    const name = cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (!known.has(name)) {
      report({ row: 1, column: cell, message: `is not a column of export figure files (${[...known].join(', ')}).` });
      valid = false;
    } else if (columnIndex.has(name)) {
      report({ row: 1, column: cell, message: 'appears twice in the header.' });
      valid = false;
    } else {
      columnIndex.set(name, index);
    }
  });
  for (const column of EXPORT_CSV_COLUMNS) {
    if (column.required && !columnIndex.has(column.name)) {
      report({ row: 1, column: column.name, message: 'is missing from the header.' });
      valid = false;
    }
  }
  return valid ? columnIndex : null;
}
