// @durationSeconds 41 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from '../generated';
import { CRAFTS, HS_NOMENCLATURE } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { importExportCsv } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { recordFigure } from '../support/trade-fixtures';

const graph = useTestGraph();
let folder: string;
const customs1400 = { channel: 'CUSTOMS', precision: 'EXACT', period: { solarYear: 1400 } } as const;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-hs-'));
  await recordFigure(graph.url, { ...customs1400, valueUsd: '100', hsCode: '9503', destinationCode: 'IQ' });
  await recordFigure(graph.url, { ...customs1400, valueUsd: '40', hsCode: '5208.52', destinationCode: 'IQ' });
  await recordFigure(graph.url, { ...customs1400, valueUsd: '7', craftSlug: 'traditional-dolls', destinationCode: 'IQ' });
  await recordFigure(graph.url, { ...customs1400, valueUsd: '30', craftSlug: 'kilim', hsCode: '570210', destinationCode: 'IQ' });
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const TOTALS = graphql(`
  query ProvenanceHsCodeTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!]) {
    exportTotals(filter: $filter, groupBy: $groupBy) {
      craft {
        slug
      }
      hsCode
      valueUsd
      figureCount
    }
  }
`);

describe('the HS code of a figure', () => {
  it('is kept as reported, and a code broader than a craft does not make the figure count towards it', async () => {
    const FIGURES = graphql(`
      query ProvenanceHsCodeFigures {
        exportFigures(filter: { solarYears: [1400] }) {
          edges {
            node {
              valueUsd
              hsCode
              craft {
                slug
              }
            }
          }
        }
      }
    `);
    const { exportFigures } = await queryData(graph.url, FIGURES);
    expect(exportFigures!.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { valueUsd: '100.00', hsCode: '9503', craft: null },
        { valueUsd: '40.00', hsCode: '520852', craft: null },
        { valueUsd: '7.00', hsCode: null, craft: { slug: 'traditional-dolls' } },
        { valueUsd: '30.00', hsCode: '570210', craft: { slug: 'kilim' } },
      ]),
    );
    const dolls = await queryData(graph.url, TOTALS, { filter: { solarYears: [1400], craftSlug: 'traditional-dolls' } });
    expect(dolls.exportTotals).toEqual([{ craft: null, hsCode: null, valueUsd: '7.00', figureCount: 1 }]);
  });

  it('groups totals by the code reported (HS_CODE), and by craft only where the figure counts towards one', async () => {
    const byCode = await queryData(graph.url, TOTALS, { filter: { solarYears: [1400] }, groupBy: ['HS_CODE'] });
    expect(byCode.exportTotals!.map((row) => [row.hsCode, row.valueUsd])).toEqual([
      ['520852', '40.00'],
      ['570210', '30.00'],
      ['9503', '100.00'],
    ]);
    const byCraft = await queryData(graph.url, TOTALS, { filter: { solarYears: [1400] }, groupBy: ['CRAFT'] });
    expect(byCraft.exportTotals!.map((row) => [row.craft?.slug ?? null, row.hsCode, row.valueUsd])).toEqual([
      ['kilim', null, '30.00'],
      ['traditional-dolls', null, '7.00'],
      [null, '520852', '40.00'],
      [null, '9503', '100.00'],
    ]);
    const oneCode = await queryData(graph.url, TOTALS, { filter: { solarYears: [1400], hsCode: '95.03' } });
    expect(oneCode.exportTotals).toEqual([{ craft: null, hsCode: null, valueUsd: '100.00', figureCount: 1 }]);
  });

  it('may be any chapter, heading or subheading of HS 2022, hand-knotted carpets (5701) included, through the API and the CSV import', async () => {
    expect(await recordFigure(graph.url, { ...customs1400, valueUsd: '5', hsCode: '5701', destinationCode: 'DE' })).toEqual(
      expect.any(String),
    );
    expect(await recordFigure(graph.url, { ...customs1400, valueUsd: '6', hsCode: '97', destinationCode: 'DE' })).toEqual(
      expect.any(String),
    );
    const file = path.join(folder, 'carpets.csv');
    await writeFile(
      file,
      'period,channel,value_usd,precision,destination,craft,source_title,source_publisher\n1400,CUSTOMS,12,EXACT,FR,5701.10,Carpet bulletin,Test Customs Office\n',
    );
    const report = await importExportCsv(graph.subgraphs.trade.dataSource, file);
    expect(report).toMatchObject({ errorCount: 0 });
    const FRANCE = graphql(`
      query ProvenanceHsCodeImported {
        exportFigures(filter: { destinationCode: "FR" }) {
          edges {
            node {
              hsCode
              craft {
                slug
              }
            }
          }
        }
      }
    `);
    const { exportFigures } = await queryData(graph.url, FRANCE);
    expect(exportFigures!.edges.map((edge) => edge.node)).toEqual([{ hsCode: '570110', craft: null }]);
  });

  it('is refused, naming the argument, when it is not in the nomenclature or does not belong with the craft given', async () => {
    // Deliberately invalid codes: plain operations, which codegen does not check.
    const record = (fields: string) =>
      postGraphql(
        graph.url,
        `mutation { recordExportFigure(input: { period: { solarYear: 1399 } channel: CUSTOMS precision: EXACT valueUsd: "1" ${fields} source: { title: "T", publisher: "P" } }) { figure { id } } }`,
      );
    for (const code of ['9999', '12345', '5702101', '7777', '9503.1']) {
      const response = await record(`hsCode: "${code}"`);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.hsCode' });
    }
    const wrongCraft = await record('craftSlug: "pottery" hsCode: "9503"');
    expect(wrongCraft.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.hsCode' });
    const filter = await postGraphql(graph.url, '{ exportTotals(filter: { hsCode: "00" }) { valueUsd } }');
    expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.hsCode' });
  });
});

describe('the craft catalogue', () => {
  it('says which HS codes each craft is declared under, what they cover, and that none covers a craft alone', async () => {
    const CRAFT_CODES = graphql(`
      query ProvenanceCraftHsCodes {
        crafts {
          slug
          hsCodes
          hsClassification {
            code
            description
            coversOnlyThisCraft
          }
        }
      }
    `);
    const { crafts } = await queryData(graph.url, CRAFT_CODES);
    const dolls = crafts!.find((craft) => craft.slug === 'traditional-dolls');
    expect(dolls?.hsClassification).toEqual([
      { code: '9503', description: expect.stringMatching(/dolls; other toys/), coversOnlyThisCraft: false },
    ]);
    const chit = crafts!.find((craft) => craft.slug === 'chit');
    expect(chit?.hsClassification[0].description).toMatch(/^Woven fabrics of cotton/);
    expect(crafts!.every((craft) => craft.hsClassification.every((code) => !code.coversOnlyThisCraft && code.description))).toBe(true);
  });

  it('uses only codes of the HS 2022 nomenclature', () => {
    expect(HS_NOMENCLATURE.has('9503')).toBe(true);
    expect(HS_NOMENCLATURE.has('999999')).toBe(false);
    expect(CRAFTS.flatMap((craft) => craft.hsCodes).filter((code) => !HS_NOMENCLATURE.has(code))).toEqual([]);
  });
});
