// @durationSeconds 54 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { PROVINCES } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { recordFigure } from '../support/trade-fixtures';

const graph = useTestGraph();
beforeAll(async () => {
  const url = graph.url;
  await recordFigure(url, {
    period: { solarYear: 1402 },
    channel: 'CUSTOMS',
    precision: 'EXACT',
    valueUsd: '5000',
    destinationCode: 'IT',
    craftSlug: 'chit',
    provinceCode: 'IR-02',
  });
  await recordFigure(url, {
    period: { solarYear: 1401 },
    channel: 'SUITCASE',
    precision: 'ESTIMATED',
    valueUsd: '700',
    destinationCode: 'IQ',
    craftSlug: 'kilim',
    provinceCode: 'IR-02',
  });
  // Three figures in each province, for the batching check.
  for (const [index, province] of PROVINCES.entries()) {
    for (const year of [1399, 1400, 1401]) {
      await recordFigure(url, {
        period: { solarYear: year },
        channel: 'CUSTOMS',
        precision: 'EXACT',
        valueUsd: String(100 + index),
        destinationCode: 'AE',
        craftSlug: 'pottery',
        provinceCode: province.code,
      });
    }
  }
});

describe('a province through the gateway', () => {
  it('shows its courses (training subgraph) and its exports (trade subgraph) in one query', async () => {
    const MAZANDARAN = graphql(`
      query SharedEntitiesProvince {
        province(code: "IR-02") {
          name
          courses {
            totalCount
            edges {
              node {
                title
                sources {
                  publisher
                }
              }
            }
          }
          exports(filter: { solarYears: [1401, 1402] }) {
            totalCount
            edges {
              node {
                period {
                  solarYear
                }
                channel
                valueUsd
                destination {
                  name
                }
                craft {
                  name
                  hsCodes
                }
              }
            }
          }
        }
      }
    `);
    const { province } = await queryData(graph.url, MAZANDARAN);
    expect(province?.name).toBe('Mazandaran');
    expect(province?.courses!.totalCount).toBe(1);
    expect(province?.courses!.edges[0].node.sources).toEqual([{ publisher: null }]);
    expect(province?.exports!.totalCount).toBe(3);
    const [latest, ...earlier] = (province?.exports!.edges ?? []).map((edge) => edge.node);
    // Most recent period first; figures of one period in id order.
    expect(latest).toEqual({
      period: { solarYear: 1402 },
      channel: 'CUSTOMS',
      valueUsd: '5000.00',
      destination: { name: 'Italy' },
      craft: { name: 'Chit (printed cotton cloth)', hsCodes: ['5208'] },
    });
    expect(earlier).toHaveLength(2);
    expect(earlier).toEqual(
      expect.arrayContaining([
        {
          period: { solarYear: 1401 },
          channel: 'SUITCASE',
          valueUsd: '700.00',
          destination: { name: 'Iraq' },
          craft: { name: 'Kilim', hsCodes: ['570210'] },
        },
        {
          period: { solarYear: 1401 },
          channel: 'CUSTOMS',
          valueUsd: '102.00',
          destination: { name: 'United Arab Emirates' },
          craft: { name: 'Pottery', hsCodes: ['6912', '6913'] },
        },
      ]),
    );
  });

  it("pages through a province's exports with cursors", async () => {
    const PAGE = graphql(`
      query SharedEntitiesExportsPage($after: String) {
        province(code: "IR-02") {
          exports(first: 2, after: $after) {
            edges {
              node {
                valueUsd
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    `);
    const page = async (after: string | null | undefined) => (await queryData(graph.url, PAGE, { after })).province?.exports;
    const first = await page(null);
    const second = await page(first?.pageInfo.endCursor);
    const third = await page(second?.pageInfo.endCursor);
    expect([first, second, third].map((connection) => connection?.edges.length)).toEqual([2, 2, 1]);
    expect(third?.pageInfo.hasNextPage).toBe(false);
  });
});

describe('exports of countries and crafts', () => {
  it('filters Country.exports and Craft.exports like the other lists', async () => {
    const COUNTRY_AND_CRAFT = graphql(`
      query SharedEntitiesCountryAndCraft {
        country(code: "AE") {
          exports(filter: { solarYears: [1399], provinceCode: "IR-16" }) {
            totalCount
            edges {
              node {
                valueUsd
                province {
                  name
                }
              }
            }
          }
        }
        craft(slug: "kilim") {
          exports(filter: { channel: SUITCASE }) {
            totalCount
            edges {
              node {
                destination {
                  code
                }
              }
            }
          }
        }
      }
    `);
    const { country, craft } = await queryData(graph.url, COUNTRY_AND_CRAFT);
    expect(country?.exports).toEqual({ totalCount: 1, edges: [{ node: { valueUsd: '116.00', province: { name: 'Ilam' } } }] });
    expect(craft?.exports).toEqual({ totalCount: 1, edges: [{ node: { destination: { code: 'IQ' } } }] });
  });

  it('names the argument of a bad filter on a nested list', async () => {
    // Bad input on purpose: a plain string, out of codegen's reach.
    const response = await postGraphql(graph.url, '{ country(code: "AE") { exports(filter: { solarYears: [9999] }) { totalCount } } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.solarYears[0]' });
  });
});

describe('SQL statements of Province.exports', () => {
  it('are as many for exports(first: 1) as for exports(first: 100) across all 31 provinces', async () => {
    const EXPORTS = graphql(`
      query SharedEntitiesAllProvinceExports($first: Int!) {
        provinces {
          code
          exports(first: $first) {
            totalCount
            edges {
              node {
                valueUsd
                sources {
                  publisher
                }
              }
            }
          }
        }
      }
    `);
    const statementsFor = async (first: number) => {
      const { result, statements } = await graph.countStatements(() => queryData(graph.url, EXPORTS, { first }));
      expect(result.provinces).toHaveLength(31);
      expect(result.provinces!.find((province) => province.code === 'IR-16')?.exports?.edges).toHaveLength(Math.min(first, 3));
      return statements.trade;
    };
    const one = await statementsFor(1);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(one);
    expect(one).toBeLessThanOrEqual(4);
  });
});
