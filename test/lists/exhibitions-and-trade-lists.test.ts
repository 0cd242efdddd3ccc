import { graphql } from '../generated';
import type {
  ExportFigureOrder,
  ListsExportFiguresQuery,
  ListsExportFiguresQueryVariables,
  ListsExportMarketsQuery,
} from '../generated/graphql';
import { addDays, todayInDomainZone } from '../support/catalogue';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { type GraphqlResponse, postGraphql, queryData } from '../support/graphql-client';
import { seedSyntheticTrade } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { recordFigure } from '../support/trade-fixtures';
import { createArtisan } from '../support/training-fixtures';

const graph = useTestGraph();

/** The province of this file's recorded figures. */
const PROVINCE = 'IR-07';
let exhibitionId: string;
let exhibitorIds: string[];

beforeAll(async () => {
  await graph.subgraphs.trade.dataSource.transaction((manager) => seedSyntheticTrade(manager, { figures: 300 }));
  for (const [index, valueUsd] of ['1000.50', '250', '99999', '1000.50', '42'].entries()) {
    await recordFigure(graph.url, {
      period: { solarYear: 1390 + index },
      channel: 'CUSTOMS',
      valueUsd,
      precision: 'EXACT',
      provinceCode: PROVINCE,
    });
  }
  exhibitionId = await createExhibition(graph.url, { name: 'Lists exhibition', startsOn: '2099-03-01', endsOn: '2099-03-05' });
  exhibitorIds = [];
  for (const name of ['Exhibitor one', 'Exhibitor two', 'Exhibitor three']) {
    const artisanId = await createArtisan(graph.url, { name, provinceCode: 'IR-07' });
    expect(await registerExhibitor(graph.url, exhibitionId, artisanId)).toBeNull();
    exhibitorIds.push(artisanId);
  }
});

/** Fails unless the response has errors and each is BAD_USER_INPUT naming `argumentName` (one per field given the bad argument). */
function expectBadInput(response: GraphqlResponse<unknown>, argumentName: string): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  }
}

const EXPORT_FIGURES = graphql(`
  query ListsExportFigures(
    $filter: ExportFigureFilter
    $orderBy: ExportFigureOrder!
    $first: Int!
    $after: String
    $province: ProvinceCode!
  ) {
    exportFigures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          valueUsd
        }
      }
    }
    province(code: $province) {
      exports(filter: $filter, orderBy: $orderBy, first: $first) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

/** The ids of the figures PostgreSQL orders as `orderBy` does, optionally of one province. */
async function figureIdsInSql(orderBy: ExportFigureOrder, where = 'true', parameters: unknown[] = []): Promise<string[]> {
  const orderSql: Record<ExportFigureOrder, string> = {
    PERIOD_DESC: 'period_starts_on DESC, id DESC',
    PERIOD_ASC: 'period_starts_on, id',
    VALUE_DESC: 'value_usd DESC, id DESC',
    VALUE_ASC: 'value_usd, id',
  };
  const { rows } = await graph.db.query<{ id: string }>(
    `SELECT id::text FROM trade.export_figure WHERE ${where} ORDER BY ${orderSql[orderBy]}`,
    parameters,
  );
  return rows.map((row) => row.id);
}

describe('export figures', () => {
  const figures = (variables: Partial<ListsExportFiguresQueryVariables>) =>
    queryData(graph.url, EXPORT_FIGURES, { orderBy: 'PERIOD_DESC', first: 100, province: PROVINCE, ...variables });

  it.each<ExportFigureOrder>(['PERIOD_DESC', 'PERIOD_ASC', 'VALUE_DESC', 'VALUE_ASC'])(
    'page through every figure in %s order, as PostgreSQL orders them',
    async (orderBy) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { exportFigures }: ListsExportFiguresQuery = await figures({ orderBy, first: 97, after });
        ids.push(...exportFigures!.edges.map((edge) => edge.node.id));
        if (!exportFigures!.pageInfo.hasNextPage) {
          break;
        }
        after = exportFigures!.pageInfo.endCursor;
      }
      expect(ids).toEqual(await figureIdsInSql(orderBy));
    },
  );

  it('select a range of values, on the root list and under a province alike', async () => {
    const filter = { valueUsdFrom: '250', valueUsdTo: '1000.50', provinceCode: PROVINCE, isSynthetic: false };
    const { exportFigures, province } = await figures({ filter, orderBy: 'VALUE_DESC' });
    expect(exportFigures!.edges.map((edge) => edge.node.valueUsd)).toEqual(['1000.50', '1000.50', '250.00']);
    expect(province?.exports?.edges.map((edge) => edge.node.id)).toEqual(exportFigures!.edges.map((edge) => edge.node.id));
    expect(province?.exports?.totalCount).toBe(3);
    const ascending = await figures({ filter: { ...filter, valueUsdTo: null }, orderBy: 'VALUE_ASC' });
    expect(ascending.province?.exports?.edges.map((edge) => edge.node.id)).toEqual(
      await figureIdsInSql('VALUE_ASC', 'province_code = $1 AND NOT is_synthetic AND value_usd >= 250', [PROVINCE]),
    );
  });

  it('refuse a range whose end is below its start, and a value range in totals, with BAD_USER_INPUT naming the field', async () => {
    expectBadInput(
      await postGraphql(graph.url, EXPORT_FIGURES, {
        orderBy: 'VALUE_ASC',
        first: 5,
        province: PROVINCE,
        filter: { valueUsdFrom: '1000', valueUsdTo: '999.99' },
      }),
      'filter.valueUsdTo',
    );
    const TOTALS = graphql(`
      query ListsTotalsByValue {
        exportTotals(filter: { valueUsdFrom: "1000" }) {
          valueUsd
        }
      }
    `);
    expectBadInput(await postGraphql(graph.url, TOTALS), 'filter.valueUsdFrom');
  });

  it('refuse a cursor read in another order (even the same keys the other way), or forged, with BAD_USER_INPUT naming after', async () => {
    const byValue = await figures({ orderBy: 'VALUE_DESC', first: 1 });
    const cursor = byValue.exportFigures!.pageInfo.endCursor;
    for (const orderBy of ['VALUE_ASC', 'PERIOD_DESC'] as const) {
      expectBadInput(await postGraphql(graph.url, EXPORT_FIGURES, { orderBy, first: 1, province: PROVINCE, after: cursor }), 'after');
    }
    // A cursor of this very list, order and filter, whose values are not a day and an id.
    const byPeriod = (await figures({ orderBy: 'PERIOD_DESC', first: 1 })).exportFigures!.pageInfo.endCursor!;
    const [scope] = JSON.parse(Buffer.from(byPeriod, 'base64url').toString('utf8')) as [string, unknown[]];
    const forged = Buffer.from(JSON.stringify([scope, ['2025-02-30', '00000000-0000-4000-8000-000000000000']])).toString('base64url');
    expectBadInput(
      await postGraphql(graph.url, EXPORT_FIGURES, { orderBy: 'PERIOD_DESC', first: 1, province: PROVINCE, after: forged }),
      'after',
    );
    expect((await figures({ orderBy: 'PERIOD_DESC', first: 1, after: byPeriod })).exportFigures!.edges).toHaveLength(1);
  });
});

const EXHIBITORS = graphql(`
  query ListsExhibitors($id: ID!, $filter: ExhibitorFilter, $orderBy: ExhibitorOrder!, $first: Int!, $after: String) {
    exhibition(id: $id) {
      exhibitorCount
      exhibitors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

describe("an exhibition's exhibitors", () => {
  it('come in registration order either way, page by page', async () => {
    const page = async (orderBy: 'REGISTRATION_ASC' | 'REGISTRATION_DESC', after: string | null = null) =>
      (await queryData(graph.url, EXHIBITORS, { id: exhibitionId, orderBy, first: 2, after })).exhibition!.exhibitors;
    const first = await page('REGISTRATION_DESC');
    const second = await page('REGISTRATION_DESC', first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((edge) => edge.node?.id)).toEqual([...exhibitorIds].reverse());
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await page('REGISTRATION_ASC')).edges.map((edge) => edge.node?.id)).toEqual(exhibitorIds.slice(0, 2));
  });

  it('filter on the day of registration (in Tehran), without changing exhibitorCount', async () => {
    const today = todayInDomainZone();
    const on = async (filter: { registeredFrom?: string; registeredTo?: string }) =>
      (await queryData(graph.url, EXHIBITORS, { id: exhibitionId, orderBy: 'REGISTRATION_ASC', first: 10, filter })).exhibition!;
    expect((await on({ registeredFrom: today, registeredTo: today })).exhibitors.totalCount).toBe(3);
    const before = await on({ registeredTo: addDays(today, -1) });
    expect(before.exhibitors.totalCount).toBe(0);
    expect(before.exhibitors.edges).toEqual([]);
    expect(before.exhibitorCount).toBe(3);
    expectBadInput(
      await postGraphql(graph.url, EXHIBITORS, {
        id: exhibitionId,
        orderBy: 'REGISTRATION_ASC',
        first: 10,
        filter: { registeredFrom: today, registeredTo: addDays(today, -1) },
      }),
      'filter.registeredTo',
    );
  });
});

const EXPORT_MARKETS = graphql(`
  query ListsExportMarkets(
    $filter: ExportMarketFilter
    $orderBy: ExportMarketOrder!
    $first: Int!
    $after: String
    $group: ExportMarketGroup
  ) {
    exportMarkets(group: $group) {
      group
      country {
        code
      }
    }
    exportMarketsConnection(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          group
          priority
          country {
            code
          }
        }
      }
    }
  }
`);

describe('export markets', () => {
  it('come as a connection in the order of the deprecated plain list, which still answers, page by page', async () => {
    const entries: Array<{ group: string | null; code: string }> = [];
    let after: string | null = null;
    let plain: Array<{ group: string | null; code: string }> | undefined;
    for (;;) {
      const data: ListsExportMarketsQuery = await queryData(graph.url, EXPORT_MARKETS, { orderBy: 'GROUP_ASC', first: 3, after });
      plain = data.exportMarkets!.map((market) => ({ group: market.group ?? null, code: market.country.code }));
      entries.push(
        ...data.exportMarketsConnection!.edges.map((edge) => ({ group: edge.node.group ?? null, code: edge.node.country.code })),
      );
      if (!data.exportMarketsConnection!.pageInfo.hasNextPage) {
        expect(data.exportMarketsConnection!.totalCount).toBe(entries.length);
        break;
      }
      after = data.exportMarketsConnection!.pageInfo.endCursor;
    }
    expect(entries.length).toBeGreaterThanOrEqual(12);
    expect(entries).toEqual(plain);
  });

  it('filter as the deprecated arguments did, and by priority, in either order', async () => {
    const gulf = await queryData(graph.url, EXPORT_MARKETS, {
      group: 'PERSIAN_GULF',
      filter: { group: 'PERSIAN_GULF' },
      orderBy: 'GROUP_ASC',
      first: 100,
    });
    expect(gulf.exportMarketsConnection!.edges.map((edge) => edge.node.country.code)).toEqual(
      gulf.exportMarkets!.map((market) => market.country.code),
    );
    const byCountry = await queryData(graph.url, EXPORT_MARKETS, { orderBy: 'COUNTRY_CODE_ASC', first: 100 });
    const codes = byCountry.exportMarketsConnection!.edges.map((edge) => edge.node.country.code);
    expect(codes).toEqual([...codes].sort());
    const iraq = byCountry
      .exportMarketsConnection!.edges.filter((edge) => edge.node.country.code === 'IQ')
      .map((edge) => edge.node.group ?? null);
    expect(iraq).toEqual(['PERSIAN_GULF', null]);
    const active = await queryData(graph.url, EXPORT_MARKETS, { filter: { priority: 'ACTIVE_MARKET' }, orderBy: 'GROUP_ASC', first: 100 });
    expect(active.exportMarketsConnection!.edges.map((edge) => edge.node.priority)).not.toContain('MAIN_TARGET');
    expect(active.exportMarketsConnection!.totalCount).toBeGreaterThan(0);
  });
});

const DESIGNATIONS = graphql(`
  query ListsDesignations($orderBy: WorldCraftDesignationOrder!) {
    worldCraftDesignations(orderBy: $orderBy, first: 100) {
      edges {
        node {
          placeName
          province {
            code
          }
        }
      }
    }
  }
`);

const RECORD_DESIGNATION = graphql(`
  mutation ListsRecordDesignation($input: RecordWorldCraftDesignationInput!) {
    recordWorldCraftDesignation(input: $input) {
      error {
        code
      }
    }
  }
`);

describe('world craft designations', () => {
  it('order by province then place, or by place name', async () => {
    for (const [placeName, provinceCode] of [
      ['Zanjan', 'IR-18'],
      ['Abyaneh', 'IR-09'],
      ['Meybod', 'IR-25'],
    ]) {
      const { recordWorldCraftDesignation } = await queryData(graph.url, RECORD_DESIGNATION, {
        input: { kind: 'CITY', placeName, provinceCode },
      });
      expect(recordWorldCraftDesignation!.error).toBeNull();
    }
    const byProvince = await queryData(graph.url, DESIGNATIONS, { orderBy: 'PROVINCE_ASC' });
    expect(byProvince.worldCraftDesignations!.edges.map((edge) => edge.node.placeName)).toEqual(['Abyaneh', 'Zanjan', 'Meybod']);
    const byPlace = await queryData(graph.url, DESIGNATIONS, { orderBy: 'PLACE_NAME_ASC' });
    expect(byPlace.worldCraftDesignations!.edges.map((edge) => edge.node.placeName)).toEqual(['Abyaneh', 'Meybod', 'Zanjan']);
  });
});

const SOURCES = graphql(`
  query ListsSources($orderBy: SourceOrder!) {
    sources(orderBy: $orderBy, first: 100) {
      edges {
        node {
          title
          publishedOn
        }
      }
    }
  }
`);

describe('sources', () => {
  it('order by title, or most recently published first with undated ones last', async () => {
    const byTitle = await queryData(graph.url, SOURCES, { orderBy: 'TITLE_ASC' });
    const titles = byTitle.sources!.edges.map((edge) => edge.node.title);
    const { rows } = await graph.db.query<{ title: string }>('SELECT title FROM trade.source ORDER BY title, id');
    expect(titles).toEqual(rows.map((row) => row.title));
    const recent = await queryData(graph.url, SOURCES, { orderBy: 'PUBLISHED_ON_DESC' });
    const dates = recent.sources!.edges.map((edge) => edge.node.publishedOn ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.length).toBe(titles.length);
  });
});

const NESTED_EXHIBITORS = graphql(`
  query ListsExhibitionsStatements($first: Int!, $today: Date!) {
    exhibitions(first: $first, filter: { isSynthetic: false }, orderBy: START_DATE_DESC) {
      edges {
        node {
          exhibitorCount
          exhibitors(first: 2, filter: { registeredFrom: $today }, orderBy: REGISTRATION_DESC) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);

describe('SQL statements per operation', () => {
  it('are the same for exhibitions(first: 5) and exhibitions(first: 100) with their exhibitors filtered and ordered', async () => {
    for (let index = 0; index < 100; index += 1) {
      await createExhibition(graph.url, { name: `Lists statements ${index}`, startsOn: '2098-01-01', endsOn: '2098-01-02' });
    }
    const statementsFor = async (first: number) => {
      const { result, statements } = await graph.countStatements(() =>
        queryData(graph.url, NESTED_EXHIBITORS, { first, today: todayInDomainZone() }),
      );
      expect(result.exhibitions!.edges).toHaveLength(first);
      return statements.exhibitions;
    };
    const five = await statementsFor(5);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(five);
    expect(five).toBeLessThanOrEqual(4);
  });
});
