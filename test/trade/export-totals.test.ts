import { graphql } from '../generated';
import type { CorrectExportFigureInput, ExportTotalsQueryVariables } from '../generated/graphql';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { recordFigure, TEST_SOURCE, type TestFigureInput } from '../support/trade-fixtures';

const OTHER_SOURCE = { title: 'Second bulletin', publisher: 'Other Agency', publishedOn: '2024-09-01' };

// Totals are read again after figures are recorded and corrected: every read must see the writes before it.
const graph = useTestGraph({ responseCache: false });
const ids: Record<string, string> = {};
beforeAll(async () => {
  const record = (input: TestFigureInput) => recordFigure(graph.url, input);
  const customs = { channel: 'CUSTOMS', precision: 'EXACT' } as const;
  ids.customs1401 = await record({ ...customs, period: { solarYear: 1401 }, valueUsd: '1000' });
  ids.customs1402 = await record({ ...customs, period: { solarYear: 1402 }, valueUsd: '1100.00' });
  ids.otherCustoms1402 = await record({
    ...customs,
    period: { solarYear: 1402 },
    valueUsd: '1500',
    precision: 'APPROXIMATE',
    source: OTHER_SOURCE,
  });
  ids.suitcase1402 = await record({ channel: 'SUITCASE', precision: 'ESTIMATED', period: { solarYear: 1402 }, valueUsd: '500' });
  ids.otherSuitcase1402 = await record({
    channel: 'SUITCASE',
    precision: 'ESTIMATED',
    period: { solarYear: 1402 },
    valueUsd: '700',
    source: OTHER_SOURCE,
  });
  ids.iraq1402 = await record({ ...customs, period: { solarYear: 1402 }, valueUsd: '300.50', destinationCode: 'IQ' });
  ids.emirates1402 = await record({ ...customs, period: { solarYear: 1402 }, valueUsd: '200.25', destinationCode: 'AE' });
  ids.iraqKilimIlam = await record({
    ...customs,
    period: { solarYear: 1402 },
    valueUsd: '100',
    destinationCode: 'IQ',
    craftSlug: 'kilim',
    provinceCode: 'IR-16',
  });
  ids.iraqRugsIlam = await record({
    ...customs,
    period: { solarYear: 1402 },
    valueUsd: '40',
    destinationCode: 'IQ',
    hsCode: '5702.10',
    provinceCode: 'IR-16',
  });
  ids.emiratesPotteryMazandaran = await record({
    ...customs,
    period: { solarYear: 1402 },
    valueUsd: '60',
    destinationCode: 'AE',
    hsCode: '691200',
    provinceCode: 'IR-02',
  });
  ids.iraq1401 = await record({ ...customs, period: { solarYear: 1401 }, valueUsd: '250', destinationCode: 'IQ' });
  // A Gregorian span: listed, never added to solar-year totals.
  ids.calendar2023 = await record({ ...customs, period: { startsOn: '2023-01-01', endsOn: '2023-12-31' }, valueUsd: '999' });
});

const TOTALS = graphql(`
  query ExportTotals($filter: ExportFigureFilter, $groupBy: [ExportGrouping!], $source: ExportSourceSelector) {
    exportTotals(filter: $filter, groupBy: $groupBy, source: $source) {
      solarYear
      channel
      destination {
        code
      }
      craft {
        slug
      }
      hsCode
      province {
        code
      }
      valueUsd
      share
      figureCount
      includesSynthetic
      previousYearValueUsd
      growthPercent
      figures {
        id
        valueUsd
        sources {
          publisher
          credits
        }
      }
    }
  }
`);

async function totals(variables: ExportTotalsQueryVariables) {
  return (await queryData(graph.url, TOTALS, variables)).exportTotals!;
}

const FIGURE_COUNT = graphql(`
  query ExportTotalsFigureCount {
    exportFigures {
      totalCount
    }
  }
`);

describe('the built-in figures of the reports', () => {
  it('keep both disagreeing reports for 1403, each with its source, precision and period basis', async () => {
    const BUILT_IN = graphql(`
      query ExportTotalsBuiltInFigures {
        exportFigures(filter: { solarYears: [1403] }) {
          totalCount
          edges {
            node {
              channel
              valueUsd
              precision
              periodBasis
              isPreferred
              isSynthetic
              period {
                solarYear
                startsOn
                endsOn
              }
              destination {
                code
              }
              sources {
                title
                credits
                publishedOn
              }
            }
          }
        }
      }
    `);
    const { exportFigures } = await queryData(graph.url, BUILT_IN);
    expect(exportFigures!.totalCount).toBe(4);
    const figures = exportFigures!.edges.map((edge) => edge.node);
    const summary = figures.map((figure) => [
      figure.sources[0].credits[0],
      figure.channel,
      figure.valueUsd,
      figure.precision,
      figure.periodBasis,
      figure.isPreferred,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['CHTN', 'CUSTOMS', '224000000.00', 'EXACT', 'STATED', true],
        ['CHTN', 'SUITCASE', '224000000.00', 'ESTIMATED', 'STATED', true],
        ['IRNA', 'CUSTOMS', '250000000.00', 'APPROXIMATE', 'CURRENT_ANNUAL', false],
        ['IRNA', 'SUITCASE', '250000000.00', 'ESTIMATED', 'CURRENT_ANNUAL', false],
      ]),
    );
    expect(
      figures.every((figure) => figure.period.startsOn === '2024-03-20' && figure.period.endsOn === '2025-03-20' && !figure.isSynthetic),
    ).toBe(true);
    expect(figures.find((figure) => figure.sources[0].credits[0] === 'CHTN')?.sources[0].publishedOn).toBe('2025-04-19');
  });

  it('add up to $448 million for 1403 by default, and to $500 million when IRNA is named as the source', async () => {
    const [byDefault] = await totals({ filter: { solarYears: [1403] } });
    expect(byDefault).toMatchObject({ valueUsd: '448000000.00', figureCount: 2, share: 1, includesSynthetic: false });
    expect(byDefault.figures.map((figure) => figure.sources[0].credits[0])).toEqual(['CHTN', 'CHTN']);
    const [irna] = await totals({ filter: { solarYears: [1403] }, source: { publisher: 'irna' } });
    expect(irna).toMatchObject({ valueUsd: '500000000.00', figureCount: 2 });
    expect(irna.figures.map((figure) => figure.sources[0].credits[0])).toEqual(['IRNA', 'IRNA']);
  });

  it('hold the eight percent target and the $770 billion global market with their source, leaving unstated years null', async () => {
    const TARGETS = graphql(`
      query ExportTotalsTargetsAndMarkets {
        growthTargets {
          ratePercent
          document
          baseSolarYear
          targetSolarYear
          sources {
            publisher
            publishedOn
          }
        }
        marketSizes {
          market
          valueUsd
          precision
          period {
            startsOn
          }
          sources {
            publisher
          }
        }
        exportTotals(filter: { solarYears: [1403], channel: CUSTOMS }) {
          valueUsd
          marketShares {
            share
            market {
              market
            }
          }
        }
      }
    `);
    const data = await queryData(graph.url, TARGETS);
    expect(data.growthTargets).toEqual([
      {
        ratePercent: '8.00',
        document: 'National Handicrafts Document',
        baseSolarYear: null,
        targetSolarYear: null,
        sources: [{ publisher: null, publishedOn: '2025-04-21' }],
      },
    ]);
    expect(data.marketSizes).toEqual([
      {
        market: 'Global handicrafts market',
        valueUsd: '770000000000.00',
        precision: 'ESTIMATED',
        period: null,
        sources: [{ publisher: null }],
      },
    ]);
    expect(data.exportTotals![0].valueUsd).toBe('224000000.00');
    // The $770 billion states no year: no share of a 1403 total.
    expect(data.exportTotals![0].marketShares[0].share).toBeNull();
  });

  it('gives the exact Gregorian dates of a solar year', async () => {
    const SOLAR_YEAR = graphql(`
      query ExportTotalsSolarYear {
        solarYear(year: 1403) {
          solarYear
          startsOn
          endsOn
        }
      }
    `);
    expect((await queryData(graph.url, SOLAR_YEAR)).solarYear).toEqual({ solarYear: 1403, startsOn: '2024-03-20', endsOn: '2025-03-20' });
  });
});

describe('exportTotals', () => {
  it("never adds two sources' figures for one quantity: the stated EXACT one beats a later APPROXIMATE one, and a later one wins a tie", async () => {
    const [customs, suitcase] = await totals({ filter: { solarYears: [1402] }, groupBy: ['CHANNEL'] });
    expect(customs).toMatchObject({ channel: 'CUSTOMS', valueUsd: '1100.00', figureCount: 1 });
    expect(customs.figures.map((figure) => figure.id)).toEqual([ids.customs1402]);
    expect(suitcase).toMatchObject({ channel: 'SUITCASE', valueUsd: '700.00', figureCount: 1 });
    expect(suitcase.figures[0].sources).toEqual([{ publisher: 'Other Agency', credits: [] }]);
    expect(customs.share).toBeCloseTo(1100 / 1800, 12);
    expect(suitcase.share).toBeCloseTo(700 / 1800, 12);
  });

  it("uses a named source's figure for every quantity it has one for, and the preferred figure elsewhere", async () => {
    const rows = await totals({ filter: { solarYears: [1402] }, groupBy: ['CHANNEL'], source: { publisher: 'Other Agency' } });
    expect(rows!.map((row) => [row.channel, row.valueUsd])).toEqual([
      ['CUSTOMS', '1500.00'],
      ['SUITCASE', '700.00'],
    ]);
    const [iraq] = await totals({
      filter: { solarYears: [1402], destinationCode: 'IQ', channel: 'CUSTOMS' },
      source: { publisher: 'Other Agency' },
    });
    expect(iraq.figures.map((figure) => figure.id)).toEqual([ids.iraq1402]);
  });

  it('never adds a national total to its own breakdown: each group uses its least detailed figures', async () => {
    const [customs] = await totals({ filter: { solarYears: [1402], channel: 'CUSTOMS' } });
    expect(customs.valueUsd).toBe('1100.00');
    const byDestination = await totals({ filter: { solarYears: [1402], channel: 'CUSTOMS' }, groupBy: ['DESTINATION'] });
    expect(byDestination!.map((row) => [row.destination?.code, row.valueUsd, row.figureCount])).toEqual([
      ['AE', '200.25', 1],
      ['IQ', '300.50', 1],
    ]);
    expect(byDestination![1].share).toBeCloseTo(300.5 / 500.75, 12);
  });

  it('groups by craft (an HS code shared by kilim and jajim stays a code) and by province, with exact sums', async () => {
    const byCraft = await totals({ filter: { solarYears: [1402] }, groupBy: ['CRAFT'] });
    expect(byCraft!.map((row) => [row.craft?.slug ?? null, row.hsCode, row.valueUsd])).toEqual([
      ['kilim', null, '100.00'],
      [null, '570210', '40.00'],
      [null, '691200', '60.00'],
    ]);
    const byProvince = await totals({ filter: { solarYears: [1402] }, groupBy: ['PROVINCE'] });
    expect(byProvince!.map((row) => [row.province?.code, row.valueUsd, row.figureCount])).toEqual([
      ['IR-02', '60.00', 1],
      ['IR-16', '140.00', 2],
    ]);
    const byDestinationAndProvince = await totals({ filter: { solarYears: [1402] }, groupBy: ['PROVINCE', 'DESTINATION'] });
    expect(byDestinationAndProvince!.map((row) => [row.destination?.code, row.province?.code, row.valueUsd])).toEqual([
      ['AE', 'IR-02', '60.00'],
      ['IQ', 'IR-16', '140.00'],
    ]);
  });

  it('computes year-on-year growth where the previous year has figures, compares it with the target, and leaves it null otherwise', async () => {
    const GROWTH = graphql(`
      query ExportTotalsGrowth {
        exportTotals(filter: { solarYears: [1402] }, groupBy: [YEAR, CHANNEL]) {
          solarYear
          channel
          valueUsd
          previousYearValueUsd
          growthPercent
          targetProgress {
            targetPercent
            growthPercent
            differencePercentagePoints
            met
            target {
              document
            }
          }
        }
      }
    `);
    const rows = (await queryData(graph.url, GROWTH)).exportTotals;
    expect(rows).toHaveLength(2);
    expect(rows![0]).toMatchObject({ solarYear: 1402, channel: 'CUSTOMS', valueUsd: '1100.00', previousYearValueUsd: '1000.00' });
    expect(rows![0].growthPercent).toBeCloseTo(10, 12);
    expect(rows![0].targetProgress).toHaveLength(1);
    expect(rows![0].targetProgress[0]).toMatchObject({
      targetPercent: 8,
      met: true,
      target: { document: 'National Handicrafts Document' },
    });
    expect(rows![0].targetProgress[0].differencePercentagePoints).toBeCloseTo(2, 12);
    expect(rows![1]).toMatchObject({
      solarYear: 1402,
      channel: 'SUITCASE',
      previousYearValueUsd: null,
      growthPercent: null,
      targetProgress: [],
    });

    const byYearAndDestination = await totals({ filter: { channel: 'CUSTOMS' }, groupBy: ['YEAR', 'DESTINATION'] });
    const growthOf = (row: (typeof byYearAndDestination)[number]) =>
      row.growthPercent === null ? null : Number(row.growthPercent.toFixed(6));
    expect(byYearAndDestination!.map((row) => [row.solarYear, row.destination?.code, row.valueUsd, growthOf(row)])).toEqual([
      [1401, 'IQ', '250.00', null],
      [1402, 'AE', '200.25', null],
      [1402, 'IQ', '300.50', 20.2],
    ]);
  });

  it('adds only whole solar years: a Gregorian span is listed but not totalled', async () => {
    const [all] = await totals({ filter: { channel: 'CUSTOMS', isSynthetic: false } });
    // 1401 (1000) + 1402 (1100) + 1403 (224 million); the 2023 calendar-year figure (999) is left out.
    expect(all.valueUsd).toBe('224002100.00');
    const FIGURE = graphql(`
      query ExportTotalsFigurePeriod($id: ID!) {
        exportFigure(id: $id) {
          period {
            solarYear
            startsOn
            endsOn
          }
        }
      }
    `);
    const { exportFigure } = await queryData(graph.url, FIGURE, { id: ids.calendar2023 });
    expect(exportFigure?.period).toEqual({ solarYear: null, startsOn: '2023-01-01', endsOn: '2023-12-31' });
  });
});

describe('recording and correcting figures', () => {
  it('refuses a second figure from the same source for the same quantity, and writes nothing', async () => {
    const before = (await queryData(graph.url, FIGURE_COUNT)).exportFigures!.totalCount;
    const RECORD = graphql(`
      mutation ExportTotalsRecordTwice($input: RecordExportFigureInput!) {
        recordExportFigure(input: $input) {
          figure {
            id
          }
          error {
            code
            field
          }
        }
      }
    `);
    const { recordExportFigure } = await queryData(graph.url, RECORD, {
      input: {
        period: { startsOn: '2022-03-21', endsOn: '2023-03-20' },
        channel: 'CUSTOMS',
        valueUsd: '1234',
        precision: 'EXACT',
        source: TEST_SOURCE,
      },
    });
    expect(recordExportFigure).toEqual({ figure: null, error: { code: 'FIGURE_ALREADY_RECORDED', field: 'source' } });
    expect((await queryData(graph.url, FIGURE_COUNT)).exportFigures!.totalCount).toBe(before);
  });

  it('re-ranks the figures of a quantity after a correction, so totals follow it', async () => {
    const CORRECT = graphql(`
      mutation ExportTotalsCorrect($input: CorrectExportFigureInput!) {
        correctExportFigure(input: $input) {
          figure {
            valueUsd
            precision
            isPreferred
          }
          error {
            code
            field
          }
        }
      }
    `);
    const correct = (input: CorrectExportFigureInput) => queryData(graph.url, CORRECT, { input });
    expect((await correct({ id: ids.customs1402, precision: 'ESTIMATED' })).correctExportFigure).toEqual({
      figure: { valueUsd: '1100.00', precision: 'ESTIMATED', isPreferred: false },
      error: null,
    });
    expect((await totals({ filter: { solarYears: [1402], channel: 'CUSTOMS' } }))[0].valueUsd).toBe('1500.00');
    expect((await correct({ id: ids.customs1402, precision: 'EXACT', valueUsd: '1100.10' })).correctExportFigure!.figure).toEqual({
      valueUsd: '1100.10',
      precision: 'EXACT',
      isPreferred: true,
    });
    expect((await totals({ filter: { solarYears: [1402], channel: 'CUSTOMS' } }))[0].valueUsd).toBe('1100.10');
    expect((await correct({ id: '00000000-0000-4000-8000-000000000000', valueUsd: '1' })).correctExportFigure).toEqual({
      figure: null,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
  });
});

// Bad input on purpose: plain strings, out of codegen's reach.
describe('bad input', () => {
  const badInput = async (query: string) => {
    const response = await postGraphql(graph.url, query);
    // Refused before any data: not run at all (validation), or its root field null.
    expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
    return response.errors?.[0].extensions;
  };
  const record = (fields: string) =>
    `mutation { recordExportFigure(input: { ${fields} source: { title: "T", publisher: "P" } }) { figure { id } } }`;

  it('names the argument of an unknown channel, a negative value, an unknown country or HS code, and a malformed period', async () => {
    expect(await badInput('{ exportFigures(filter: { channel: AIRMAIL }) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.channel',
    });
    expect(await badInput(record('period: { solarYear: 1402 } channel: CUSTOMS precision: EXACT valueUsd: "-5"'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.valueUsd',
    });
    expect(await badInput(record('period: { solarYear: 1402 } channel: CUSTOMS precision: EXACT valueUsd: "12.345"'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.valueUsd',
    });
    expect(await badInput('{ exportTotals(filter: { destinationCode: "XX" }) { valueUsd } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.destinationCode',
    });
    expect(
      await badInput(record('period: { solarYear: 1402 } channel: CUSTOMS precision: EXACT valueUsd: "5" hsCode: "999999"')),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.hsCode' });
    expect(
      await badInput(
        record('period: { solarYear: 1402 } channel: CUSTOMS precision: EXACT valueUsd: "5" craftSlug: "pottery" hsCode: "570210"'),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.hsCode' });
    expect(
      await badInput(record('period: { solarYear: 1402, startsOn: "2024-01-01" } channel: CUSTOMS precision: EXACT valueUsd: "5"')),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.period' });
    expect(
      await badInput(record('period: { startsOn: "2024-05-01", endsOn: "2024-01-01" } channel: CUSTOMS precision: EXACT valueUsd: "5"')),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.period.endsOn' });
    expect(
      await badInput(record('period: { startsOn: "2024-02-30", endsOn: "2024-03-01" } channel: CUSTOMS precision: EXACT valueUsd: "5"')),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.period.startsOn' });
    expect(await badInput('{ exportTotals(filter: { solarYears: [1402, 3000] }) { valueUsd } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'filter.solarYears[1]',
    });
    expect(await badInput('{ solarYear(year: 99) { startsOn } }')).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'year' });
  });

  it('names the source argument when it matches no source, or several, and accepts a title that tells them apart', async () => {
    await recordFigure(graph.url, {
      channel: 'CUSTOMS',
      precision: 'EXACT',
      period: { solarYear: 1400 },
      valueUsd: '1',
      source: { ...TEST_SOURCE, title: 'Another bulletin' },
    });
    expect(await badInput('{ exportTotals(source: { publisher: "Nobody" }) { valueUsd } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'source',
    });
    const several = await postGraphql(graph.url, '{ exportTotals(source: { publisher: "test customs office" }) { valueUsd } }');
    expect(several.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'source' } });
    expect(several.errors?.[0].message).toMatch(/2 sources match/);
    const ANOTHER = graphql(`
      query ExportTotalsAnotherBulletin {
        exportTotals(filter: { solarYears: [1400] }, source: { publisher: "Test Customs Office", titleContains: "another" }) {
          valueUsd
        }
      }
    `);
    const response = await postGraphql(graph.url, ANOTHER);
    expect(response.data).toEqual({ exportTotals: [{ valueUsd: '1.00' }] });
  });

  it('refuses a page size outside 1..100 for the figures of a total', async () => {
    expect(await badInput('{ exportTotals { figures(first: 0) { id } } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });
});
