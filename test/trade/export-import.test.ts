import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from '../generated';
import { queryData } from '../support/graphql-client';
import { runBuilt } from '../support/processes';
import { importExportCsv } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const HEADER =
  'period,period_basis,channel,value_usd,precision,destination,craft,province,source_title,source_publisher,source_date,source_url,note';

/** Three figures of two sources: two disagree on Iraqi kilim exports in 1401, one is a Gregorian span. */
const GOOD_ROWS = [
  '1401,,CUSTOMS,1200.50,EXACT,IQ,kilim,IR-16,"Ilam export review, 1401",Ilam Chamber,2023-05-01,https://example.org/ilam,"Kilim to Iraq, ""mostly Wasit"""',
  '2022-03-21..2023-03-20,CURRENT_ANNUAL,customs,1300,approximate,iq,KILIM,ir-16,Trade weekly,Weekly Desk,2023-06-01,,"Two lines\nof notes"',
  '2023-01-01..2023-12-31,STATED,SUITCASE,80,ESTIMATED,TR,5702.10,,Trade weekly,Weekly Desk,2023-06-01,,',
];

const graph = useTestGraph();
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-import-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const YEAR_TOTALS = graphql(`
  query ExportImportYearTotals($year: Int!, $destination: CountryCode!) {
    exportTotals(filter: { solarYears: [$year], destinationCode: $destination }) {
      valueUsd
      figureCount
    }
  }
`);

async function csvFile(name: string, lines: string[], lineEnd = '\n'): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, lines.join(lineEnd) + lineEnd);
  return file;
}

/** Everything the trade schema holds, in a form that changes whenever any row does. */
async function tradeState(): Promise<string> {
  const { rows } = await graph.db.query(`SELECT
    (SELECT string_agg(concat_ws('|', id, value_usd, precision, is_preferred, updated_at), ',' ORDER BY id) FROM trade.export_figure) AS figures,
    (SELECT string_agg(concat_ws('|', id, title, url), ',' ORDER BY id) FROM trade.source) AS sources`);
  return JSON.stringify(rows[0]);
}

const importFile = (file: string) => importExportCsv(graph.subgraphs.trade.dataSource, file);

describe('importing export figures from CSV', () => {
  it('writes every row of a good file (quotes, line breaks, BOM, CRLF, any letter case) with its source, and ranks disagreeing figures', async () => {
    const file = await csvFile('good.csv', [`\uFEFF${HEADER}`, ...GOOD_ROWS], '\r\n');
    const report = await importFile(file);
    expect(report).toEqual({ rowsRead: 3, figuresAdded: 3, rowsAlreadyRecorded: 0, sourcesAdded: 2, errors: [], errorCount: 0 });
    const IRAQ = graphql(`
      query ExportImportIraq {
        exportFigures(filter: { isSynthetic: false, destinationCode: "IQ" }) {
          edges {
            node {
              period {
                solarYear
              }
              periodBasis
              channel
              valueUsd
              precision
              craft {
                slug
              }
              province {
                code
              }
              note
              isPreferred
              sources {
                title
                publisher
                publishedOn
                url
              }
            }
          }
        }
      }
    `);
    const { exportFigures } = await queryData(graph.url, IRAQ);
    expect(exportFigures!.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        {
          period: { solarYear: 1401 },
          periodBasis: 'STATED',
          channel: 'CUSTOMS',
          valueUsd: '1200.50',
          precision: 'EXACT',
          craft: { slug: 'kilim' },
          province: { code: 'IR-16' },
          note: 'Kilim to Iraq, "mostly Wasit"',
          isPreferred: true,
          sources: [
            { title: 'Ilam export review, 1401', publisher: 'Ilam Chamber', publishedOn: '2023-05-01', url: 'https://example.org/ilam' },
          ],
        },
        {
          period: { solarYear: 1401 },
          periodBasis: 'CURRENT_ANNUAL',
          channel: 'CUSTOMS',
          valueUsd: '1300.00',
          precision: 'APPROXIMATE',
          craft: { slug: 'kilim' },
          province: { code: 'IR-16' },
          note: 'Two lines\nof notes',
          isPreferred: false,
          sources: [{ title: 'Trade weekly', publisher: 'Weekly Desk', publishedOn: '2023-06-01', url: null }],
        },
      ]),
    );
    const { exportTotals } = await queryData(graph.url, YEAR_TOTALS, { year: 1401, destination: 'IQ' });
    expect(exportTotals).toEqual([{ valueUsd: '1200.50', figureCount: 1 }]);
    const TURKEY = graphql(`
      query ExportImportTurkey {
        exportFigures(filter: { destinationCode: "TR" }) {
          edges {
            node {
              period {
                solarYear
                startsOn
                endsOn
              }
              craft {
                slug
              }
              hsCode
            }
          }
        }
      }
    `);
    const { exportFigures: turkey } = await queryData(graph.url, TURKEY);
    expect(turkey!.edges[0].node).toEqual({
      period: { solarYear: null, startsOn: '2023-01-01', endsOn: '2023-12-31' },
      craft: null,
      hsCode: '570210',
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = await csvFile('good-again.csv', [HEADER, ...GOOD_ROWS]);
    const before = await tradeState();
    expect(await importFile(file)).toEqual({
      rowsRead: 3,
      figuresAdded: 0,
      rowsAlreadyRecorded: 3,
      sourcesAdded: 0,
      errors: [],
      errorCount: 0,
    });
    expect(await tradeState()).toBe(before);
  });

  it('rejects a file with bad rows, naming each row and column, and writes nothing, not even its good rows', async () => {
    const before = await tradeState();
    const file = await csvFile('bad.csv', [
      HEADER,
      '1400,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Good row,Good Desk,2024-01-01,,',
      '1400,,AIRMAIL,10,EXACT,AE,pottery,IR-02,Good row,Good Desk,2024-01-01,,',
      '1400,,CUSTOMS,-10,EXACT,XX,999999,IR-99,Good row,Good Desk,2024-01-01,,',
      '14oo,SOMETIMES,CUSTOMS,10.123,PRECISE,AE,pottery,IR-02,,Good Desk,2024-02-30,ftp://x,',
      '1400,,CUSTOMS,10,EXACT,AE',
      '2024-05-01..2024-01-01,,SUITCASE,5,ESTIMATED,,,,Good row,Good Desk,,,',
    ]);
    const report = await importFile(file);
    expect(report.figuresAdded).toBe(0);
    expect(report.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'channel'],
      [4, 'value_usd'],
      [4, 'destination'],
      [4, 'craft'],
      [4, 'province'],
      [5, 'period'],
      [5, 'period_basis'],
      [5, 'precision'],
      [5, 'value_usd'],
      [5, 'source_title'],
      [5, 'source_date'],
      [5, 'source_url'],
      [6, null],
      [7, 'period'],
    ]);
    expect(report.errorCount).toBe(14);
    expect(report.errors.find((error) => error.row === 4 && error.column === 'value_usd')?.message).toMatch(/negative/);
    expect(report.errors.find((error) => error.row === 7)?.message).toMatch(/ends \(2024-01-01\) before it starts/);
    expect(await tradeState()).toBe(before);
  });

  it('rejects cells holding a NUL byte, bytes that are not UTF-8 or a date of year 0, naming row and column, and writes nothing', async () => {
    const before = await tradeState();
    const file = path.join(folder, 'unstorable.csv');
    const line = (text: string) => Buffer.from(`${text}\n`, 'utf8');
    await writeFile(
      file,
      Buffer.concat([
        line(HEADER),
        line('1400,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Good row,Good Desk,2024-01-01,,'),
        line('1400,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Nul\u0000title,Good Desk,2024-01-01,,a note'),
        line('1400,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Good row,Good Desk,2024-01-01,,"quoted\u0000note"'),
        Buffer.concat([
          line('1400,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Good row,Bad ').subarray(0, -1),
          Buffer.from([0xc3, 0x28, 0xff]),
          line(' Desk,2024-01-01,,'),
        ]),
        line('14\u00000,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Good row,Good Desk,2024-01-01,,'),
        line('1400,,CUSTOMS,10,EXACT,AE,pottery,IR-02,Year zero,Good Desk,0000-01-01,,'),
      ]),
    );
    const report = await importFile(file);
    expect(report.figuresAdded).toBe(0);
    expect(report.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'source_title'],
      [4, 'note'],
      [5, 'source_publisher'],
      [6, 'period'],
      [7, 'source_date'],
    ]);
    expect(report.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/NUL character/),
      expect.stringMatching(/NUL character/),
      expect.stringMatching(/not UTF-8/),
      expect.stringMatching(/NUL character/),
      expect.stringMatching(/from 0001-01-01 to 9999-12-31/),
    ]);
    expect(await tradeState()).toBe(before);
  });

  it('rejects rows that contradict a figure their source already has, or each other, and writes nothing', async () => {
    const before = await tradeState();
    const file = await csvFile('contradicting.csv', [
      HEADER,
      '1401,,CUSTOMS,9999,EXACT,IQ,kilim,IR-16,"Ilam export review, 1401",Ilam Chamber,2023-05-01,,',
      '1399,,CUSTOMS,5,EXACT,,,,New desk,New Desk,,,',
      '1399,,CUSTOMS,5,APPROXIMATE,,,,New desk,New Desk,,,',
      '1399,,CUSTOMS,5,EXACT,,,,New desk,New Desk,,,',
    ]);
    const report = await importFile(file);
    expect(report.errors.map((error) => [error.row, error.column])).toEqual([
      [2, 'value_usd'],
      [4, 'precision'],
    ]);
    expect(report.errors[0].message).toMatch(/already has a different figure/);
    expect(report.errors[1].message).toMatch(/row 3 gives the same source/);
    expect(await tradeState()).toBe(before);
  });

  it('rejects a header that lacks a required column or names an unknown one', async () => {
    const file = await csvFile('header.csv', ['period,channel,value,precision,source_title,source_publisher', '1400,CUSTOMS,1,EXACT,T,P']);
    const report = await importFile(file);
    expect(report.errors.map((error) => [error.row, error.column])).toEqual([
      [1, 'value'],
      [1, 'value_usd'],
    ]);
    expect(report.figuresAdded).toBe(0);
  });
});

describe('npm run import:exports', () => {
  it('imports a file from the command line, then reports it unchanged on a second run', async () => {
    const file = await csvFile('cli.csv', [HEADER, '1398,,CUSTOMS,42,EXACT,OM,jewelry,IR-22,Gulf trade note,Hormozgan Desk,2020-01-01,,']);
    for (const expected of [
      /1 figures added, 0 already recorded, 1 sources added/,
      /0 figures added, 1 already recorded, 0 sources added/,
    ]) {
      const run = runBuilt('scripts/import-exports.js', { DATABASE_URL: graph.databaseUrl }, [], [file]);
      expect(await run.exited).toBe(0);
      expect(run.output()).toMatch(expected);
    }
    const { exportTotals } = await queryData(graph.url, YEAR_TOTALS, { year: 1398, destination: 'OM' });
    expect(exportTotals).toEqual([{ valueUsd: '42.00', figureCount: 1 }]);
  });

  it('exits with status 1 and lists each bad row and column on stderr, writing nothing', async () => {
    const before = await tradeState();
    const file = await csvFile('cli-bad.csv', [
      HEADER,
      '1398,,CUSTOMS,42,EXACT,OM,jewelry,IR-22,Other note,Hormozgan Desk,,,',
      '1398,,BOAT,42,EXACT,OM,jewelry,IR-22,Other note,Hormozgan Desk,,,',
    ]);
    const run = runBuilt('scripts/import-exports.js', { DATABASE_URL: graph.databaseUrl }, [], [file]);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Rejected .*cli-bad\.csv: 1 problem\(s\) in 2 rows; nothing was written/);
    expect(run.output()).toMatch(/row 3, column channel: "BOAT" is not one of CUSTOMS, SUITCASE/);
    expect(await tradeState()).toBe(before);
  });

  it('explains its usage and the columns when no file is given', async () => {
    const run = runBuilt('scripts/import-exports.js', { DATABASE_URL: graph.databaseUrl });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/Usage: npm run import:exports -- FILE.csv/);
    expect(run.output()).toMatch(/period_basis \(optional\): `STATED` \(default\)/);
  });
});
