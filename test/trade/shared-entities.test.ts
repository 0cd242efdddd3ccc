import { PROVINCES } from '../../services/shared/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';
import { recordFigure } from '../support/trade-fixtures';

let graph: TestGraph;
let url: string;
beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
  await recordFigure(url, { period: { solarYear: 1402 }, channel: 'CUSTOMS', precision: 'EXACT', valueUsd: '5000', destinationCode: 'IT', craftSlug: 'chit', provinceCode: 'IR-02' });
  await recordFigure(url, { period: { solarYear: 1401 }, channel: 'SUITCASE', precision: 'ESTIMATED', valueUsd: '700', destinationCode: 'IQ', craftSlug: 'kilim', provinceCode: 'IR-02' });
  // Three figures in each province, for the batching check.
  for (const [index, province] of PROVINCES.entries()) {
    for (const year of [1399, 1400, 1401]) {
      await recordFigure(url, { period: { solarYear: year }, channel: 'CUSTOMS', precision: 'EXACT', valueUsd: String(100 + index), destinationCode: 'AE', craftSlug: 'pottery', provinceCode: province.code });
    }
  }
});
afterAll(() => graph?.stop());

describe('a province through the gateway', () => {
  it('shows its courses (training subgraph) and its exports (trade subgraph) in one query', async () => {
    const { province } = await queryData(
      url,
      `{ province(code: "IR-02") {
          name
          courses { totalCount edges { node { title sources { publisher } } } }
          exports(filter: { solarYears: [1401, 1402] }) { totalCount edges { node { period { solarYear } channel valueUsd destination { name } craft { name hsCodes } } } }
        } }`,
    );
    expect(province.name).toBe('Mazandaran');
    expect(province.courses.totalCount).toBe(1);
    expect(province.courses.edges[0].node.sources).toEqual([{ publisher: null }]);
    expect(province.exports.totalCount).toBe(3);
    const [latest, ...earlier] = province.exports.edges.map((edge: any) => edge.node);
    // Most recent period first; figures of one period in id order.
    expect(latest).toEqual({ period: { solarYear: 1402 }, channel: 'CUSTOMS', valueUsd: '5000.00', destination: { name: 'Italy' }, craft: { name: 'Chit (printed cotton cloth)', hsCodes: ['5208'] } });
    expect(earlier).toHaveLength(2);
    expect(earlier).toEqual(
      expect.arrayContaining([
        { period: { solarYear: 1401 }, channel: 'SUITCASE', valueUsd: '700.00', destination: { name: 'Iraq' }, craft: { name: 'Kilim', hsCodes: ['570210'] } },
        { period: { solarYear: 1401 }, channel: 'CUSTOMS', valueUsd: '102.00', destination: { name: 'United Arab Emirates' }, craft: { name: 'Pottery', hsCodes: ['6912', '6913'] } },
      ]),
    );
  });

  it('pages through a province\'s exports with cursors', async () => {
    const page = async (after: string | null) =>
      (await queryData(url, 'query($after: String) { province(code: "IR-02") { exports(first: 2, after: $after) { edges { node { valueUsd } } pageInfo { hasNextPage endCursor } } } }', { after })).province.exports;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const third = await page(second.pageInfo.endCursor);
    expect([first, second, third].map((connection) => connection.edges.length)).toEqual([2, 2, 1]);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });
});

describe('exports of countries and crafts', () => {
  it('filters Country.exports and Craft.exports like the other lists', async () => {
    const { country, craft } = await queryData(
      url,
      `{ country(code: "AE") { exports(filter: { solarYears: [1399], provinceCode: "IR-16" }) { totalCount edges { node { valueUsd province { name } } } } }
         craft(slug: "kilim") { exports(filter: { channel: SUITCASE }) { totalCount edges { node { destination { code } } } } } }`,
    );
    expect(country.exports).toEqual({ totalCount: 1, edges: [{ node: { valueUsd: '116.00', province: { name: 'Ilam' } } }] });
    expect(craft.exports).toEqual({ totalCount: 1, edges: [{ node: { destination: { code: 'IQ' } } }] });
  });

  it('names the argument of a bad filter on a nested list', async () => {
    const response = await postGraphql(url, '{ country(code: "AE") { exports(filter: { solarYears: [9999] }) { totalCount } } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.solarYears[0]' });
  });
});

describe('SQL statements of Province.exports', () => {
  it('are as many for exports(first: 1) as for exports(first: 100) across all 31 provinces', async () => {
    const statementsFor = async (first: number) =>
      graph.subgraphs.trade.sql.countDuring(async () => {
        const { provinces } = await queryData(url, `query($first: Int!) { provinces { code exports(first: $first) { totalCount edges { node { valueUsd sources { publisher } } } } } }`, { first });
        expect(provinces).toHaveLength(31);
        expect(provinces.find((province: any) => province.code === 'IR-16').exports.edges).toHaveLength(Math.min(first, 3));
      });
    const one = await statementsFor(1);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(one);
    expect(one).toBeLessThanOrEqual(4);
  });
});
