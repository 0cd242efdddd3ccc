import { postGraphql, queryData } from '../support/graphql-client';
import { seedSyntheticExhibitions, seedSyntheticTrade, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** What these tests select of every connection. */
const PAGE_SELECTION = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }';
/** The paging variables every list below takes. */
const PAGE_VARIABLES = '$first: Int, $after: String, $last: Int, $before: String';
const PAGE_ARGUMENTS = 'first: $first, after: $after, last: $last, before: $before';

interface Page {
  readonly totalCount: number;
  readonly pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  readonly edges: ReadonlyArray<{ cursor: string; node: { id: string } }>;
}

/** A list read through the gateway: an operation whose `list` alias (under `parent` when nested) is the connection. */
interface ListUnderTest {
  readonly name: string;
  readonly query: string;
}

/** Returns a list's operation: `selection` holds PAGING where the paging arguments go, and PAGE where the connection's selection goes. */
function listOf(name: string, selection: string): ListUnderTest {
  return {
    name,
    query: `query (${PAGE_VARIABLES}) { ${selection.replace('PAGING', PAGE_ARGUMENTS).replace('PAGE', `{ ${PAGE_SELECTION} }`)} }`,
  };
}

/** Returns the page the gateway answers for `list` with these paging arguments, failing on any error. */
async function pageOf(list: ListUnderTest, paging: Record<string, unknown>): Promise<Page> {
  const data = await queryData<{ list?: Page; parent?: { list: Page } }>(graph.url, list.query, paging);
  return (data.parent?.list ?? data.list) as Page;
}

/** Root lists of each subgraph and lists under a parent, with their order and filter, each long enough for several pages of 7. */
const LISTS: readonly ListUnderTest[] = [
  listOf('artisans (training)', 'list: artisans(orderBy: NAME_DESC, filter: { isSynthetic: true }, PAGING) PAGE'),
  listOf('courses (training)', 'list: courses(orderBy: TITLE_ASC, PAGING) PAGE'),
  listOf('exhibitions (exhibitions)', 'list: exhibitions(orderBy: START_DATE_DESC, PAGING) PAGE'),
  listOf('exportFigures (trade)', 'list: exportFigures(orderBy: VALUE_ASC, filter: { isSynthetic: true }, PAGING) PAGE'),
  listOf('auditEvents (access)', 'list: auditEvents(orderBy: OLDEST_FIRST, filter: { mutation: "pagingTest" }, PAGING) PAGE'),
  listOf(
    'Country.exhibitionsHosted (exhibitions, under a parent)',
    'parent: country(code: "IR") { list: exhibitionsHosted(orderBy: START_DATE_ASC, PAGING) PAGE }',
  ),
  listOf(
    'Province.artisans (training, under a parent)',
    'parent: province(code: "IR-01") { list: artisans(orderBy: NAME_ASC, PAGING) PAGE }',
  ),
];

beforeAll(async () => {
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 600 }));
  await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
    seedSyntheticExhibitions(manager, { exhibitions: 100, artisans: 600 }),
  );
  await graph.subgraphs.trade.dataSource.transaction((manager) => seedSyntheticTrade(manager, { figures: 40 }));
  await graph.db.query(
    `INSERT INTO access.audit_event (occurred_at, request_id, role, mutation, outcome)
     SELECT timestamptz '2026-01-01 10:00:00+00' + (n / 3) * interval '1 hour', 'paging-' || n, 'ADMIN', 'pagingTest', 'SUCCEEDED'
     FROM generate_series(1, 23) AS n`,
  );
});

describe.each(LISTS)('$name', (list) => {
  /** The ids of the whole list, read forwards a page of 7 at a time, with each page. */
  const forwards = async () => {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const page = await pageOf(list, { first: 7, after });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return pages;
  };

  it('reads backwards a page of 7 at a time the items it reads forwards, with hasPreviousPage and startCursor right both ways', async () => {
    const ahead = await forwards();
    const ids = ahead.flatMap((page) => page.edges.map((edge) => edge.node.id));
    expect(ids.length).toBe(ahead[0].totalCount);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);

    const back: Page[] = [];
    let before: string | null = null;
    do {
      const page = await pageOf(list, { last: 7, before });
      back.unshift(page);
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    expect(back.flatMap((page) => page.edges.map((edge) => edge.node.id))).toEqual(ids);

    for (const [index, page] of [...ahead, ...back].entries()) {
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      const isForwards = index < ahead.length;
      const position = isForwards ? index : index - ahead.length;
      const count = isForwards ? ahead.length : back.length;
      expect(page.pageInfo).toMatchObject({ hasPreviousPage: position > 0, hasNextPage: position < count - 1 });
    }
    // Backwards, the full pages are those at the end.
    expect(back[back.length - 1].edges).toHaveLength(7);
    expect(back[0].edges).toHaveLength(ids.length % 7 || 7);
  });

  it('answers the items between two cursors for after and before together, from the start with first and from the end with last', async () => {
    const [firstPage, secondPage] = await forwards();
    const from = firstPage.edges[1].cursor;
    const to = secondPage.edges[3].cursor;
    const between = [...firstPage.edges.slice(2), ...secondPage.edges.slice(0, 3)].map((edge) => edge.node.id);
    const fromStart = await pageOf(list, { first: 100, after: from, before: to });
    expect(fromStart.edges.map((edge) => edge.node.id)).toEqual(between);
    expect(fromStart.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const fromEnd = await pageOf(list, { last: 2, after: from, before: to });
    expect(fromEnd.edges.map((edge) => edge.node.id)).toEqual(between.slice(-2));
    expect(fromEnd.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});

/** Returns the code and argument name of each error the gateway answers for `query`. */
async function refusal(query: string, variables: Record<string, unknown>) {
  const answer = await postGraphql(graph.url, query, variables);
  return (answer.errors ?? []).map((error) => ({ code: error.extensions?.code, argumentName: error.extensions?.argumentName }));
}

describe('a cursor is bound to its list, parent, order and filter', () => {
  const EXHIBITIONS = `query ($after: String, $before: String) { exhibitions(orderBy: START_DATE_ASC, filter: { isSynthetic: true }, after: $after, before: $before) { totalCount } }`;
  let exhibitionsCursor: string;
  let provinceArtisansCursor: string;

  beforeAll(async () => {
    const exhibitions = await queryData<{ exhibitions: Page }>(
      graph.url,
      `{ exhibitions(orderBy: START_DATE_ASC, filter: { isSynthetic: true }, first: 2) { ${PAGE_SELECTION} } }`,
    );
    exhibitionsCursor = exhibitions.exhibitions.pageInfo.endCursor!;
    const province = await queryData<{ province: { artisans: Page } }>(
      graph.url,
      `{ province(code: "IR-01") { artisans(first: 2) { ${PAGE_SELECTION} } } }`,
    );
    provinceArtisansCursor = province.province.artisans.pageInfo.endCursor!;
  });

  it('is taken back by the same list with the same order and filter, as after and as before', async () => {
    expect(await refusal(EXHIBITIONS, { after: exhibitionsCursor })).toEqual([]);
    expect(await refusal(EXHIBITIONS, { before: exhibitionsCursor })).toEqual([]);
  });

  it.each([
    ['courses', 'query ($after: String) { courses(after: $after) { totalCount } }'],
    ['organizations', 'query ($after: String) { organizations(after: $after) { totalCount } }'],
    ['artisans', 'query ($after: String) { artisans(after: $after) { totalCount } }'],
    ['auditEvents', 'query ($after: String) { auditEvents(after: $after) { totalCount } }'],
    [
      'a list under a parent (Country.exhibitionsHosted)',
      'query ($after: String) { country(code: "IR") { exhibitionsHosted(orderBy: START_DATE_ASC, filter: { isSynthetic: true }, after: $after) { totalCount } } }',
    ],
    [
      'exhibitions in another order',
      'query ($after: String) { exhibitions(orderBy: START_DATE_DESC, filter: { isSynthetic: true }, after: $after) { totalCount } }',
    ],
    [
      'exhibitions with another filter',
      'query ($after: String) { exhibitions(orderBy: START_DATE_ASC, filter: { isSynthetic: true, countryCode: "IR" }, after: $after) { totalCount } }',
    ],
    ['exhibitions with no filter', 'query ($after: String) { exhibitions(orderBy: START_DATE_ASC, after: $after) { totalCount } }'],
  ])('of exhibitions is refused by %s with BAD_USER_INPUT naming after', async (_name, query) => {
    expect(await refusal(query, { after: exhibitionsCursor })).toEqual([{ code: 'BAD_USER_INPUT', argumentName: 'after' }]);
  });

  it('of exhibitions is refused as before by another list, naming before', async () => {
    const query = 'query ($before: String) { courses(last: 2, before: $before) { totalCount } }';
    expect(await refusal(query, { before: exhibitionsCursor })).toEqual([{ code: 'BAD_USER_INPUT', argumentName: 'before' }]);
  });

  it("of a province's artisans is refused by another province's", async () => {
    const query = 'query ($after: String) { province(code: "IR-02") { artisans(after: $after) { totalCount } } }';
    expect(await refusal(query, { after: provinceArtisansCursor })).toEqual([{ code: 'BAD_USER_INPUT', argumentName: 'after' }]);
    const same = 'query ($after: String) { province(code: "IR-01") { artisans(after: $after) { totalCount } } }';
    expect(await refusal(same, { after: provinceArtisansCursor })).toEqual([]);
  });
});

describe('first and last', () => {
  it('are refused together with BAD_USER_INPUT naming last, at the root and under a parent', async () => {
    expect(await refusal('{ exhibitions(first: 2, last: 2) { totalCount } }', {})).toEqual([
      { code: 'BAD_USER_INPUT', argumentName: 'last' },
    ]);
    expect(await refusal('{ province(code: "IR-01") { courses(first: 2, last: 2) { totalCount } } }', {})).toEqual([
      { code: 'BAD_USER_INPUT', argumentName: 'last' },
    ]);
  });

  it('default to the first 20 items when neither is given, and last alone answers the end of the list in list order', async () => {
    const all = await queryData<{ artisans: Page }>(
      graph.url,
      `{ artisans(filter: { isSynthetic: true }, first: 100) { ${PAGE_SELECTION} } }`,
    );
    const ids = all.artisans.edges.map((edge) => edge.node.id);
    const byDefault = await queryData<{ artisans: Page }>(graph.url, `{ artisans(filter: { isSynthetic: true }) { ${PAGE_SELECTION} } }`);
    expect(byDefault.artisans.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 20));
    const tail = await queryData<{ artisans: Page }>(
      graph.url,
      `{ artisans(filter: { isSynthetic: true }, orderBy: NAME_DESC, last: 3) { ${PAGE_SELECTION} } }`,
    );
    const descending = await queryData<{ artisans: Page }>(
      graph.url,
      `{ artisans(filter: { isSynthetic: true }, orderBy: NAME_DESC, first: 100, after: null) { totalCount } }`,
    );
    expect(tail.artisans.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 3).reverse());
    expect(tail.artisans.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: descending.artisans.totalCount > 3 });
  });
});
