import { postGraphql, queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';
import { createArtisan } from '../support/training-fixtures';

let graph: TestGraph;
let url: string;
beforeAll(async () => {
  graph = await startTestGraph();
  url = graph.gateway.url;
});
afterAll(() => graph?.stop());

describe('artisans', () => {
  it('registers an artisan and reads back its province and crafts from the catalogue', async () => {
    const id = await createArtisan(url, { name: '  Test Weaver  ', provinceCode: 'ir-16', craftSlugs: ['kilim', 'jajim', 'kilim'] });
    const { artisan } = await queryData(url, `query($id: ID!) { artisan(id: $id) { id name isSynthetic province { code name nameFa } crafts { slug name hsCodes } enrollments { id } certificates { id } } }`, { id });
    expect(artisan).toEqual({
      id,
      name: 'Test Weaver',
      isSynthetic: false,
      province: { code: 'IR-16', name: 'Ilam', nameFa: 'ایلام' },
      crafts: [
        { slug: 'kilim', name: 'Kilim', hsCodes: ['570210'] },
        { slug: 'jajim', name: 'Jajim', hsCodes: ['570210'] },
      ],
      enrollments: [],
      certificates: [],
    });
  });

  it('updates only the fields given', async () => {
    const id = await createArtisan(url, { name: 'Before Update', provinceCode: 'IR-10', craftSlugs: ['pottery'] });
    const { updateArtisan } = await queryData(
      url,
      `mutation($input: UpdateArtisanInput!) { updateArtisan(input: $input) { artisan { name province { code } crafts { slug } } error { code } } }`,
      { input: { id, name: 'After Update' } },
    );
    expect(updateArtisan).toEqual({ artisan: { name: 'After Update', province: { code: 'IR-10' }, crafts: [{ slug: 'pottery' }] }, error: null });
  });

  it('refuses to update an unknown artisan with a NOT_FOUND payload error', async () => {
    const { updateArtisan } = await queryData(url, `mutation { updateArtisan(input: { id: "00000000-0000-4000-8000-00000000abcd", name: "x" }) { artisan { id } error { code field } } }`);
    expect(updateArtisan).toEqual({ artisan: null, error: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('returns null for ids that name no artisan, well-formed or not', async () => {
    const data = await queryData(url, `{ a: artisan(id: "00000000-0000-4000-8000-000000000000") { id } b: artisan(id: "not-an-id") { id } }`);
    expect(data).toEqual({ a: null, b: null });
  });

  it('filters by search text, province and craft, and counts the whole list', async () => {
    await createArtisan(url, { name: 'Filter Alpha Potter', provinceCode: 'IR-21', craftSlugs: ['pottery'] });
    await createArtisan(url, { name: 'Filter Beta Potter', provinceCode: 'IR-22', craftSlugs: ['pottery', 'jewelry'] });
    await createArtisan(url, { name: 'Filter Gamma Smith', provinceCode: 'IR-21', craftSlugs: ['copper-utensils'] });
    const names = async (filter: Record<string, unknown>) => {
      const { artisans } = await queryData(url, `query($filter: ArtisanFilter) { artisans(filter: $filter) { totalCount edges { node { name } } } }`, { filter });
      return { total: artisans.totalCount, names: artisans.edges.map((edge: any) => edge.node.name) };
    };
    expect(await names({ search: 'filter' })).toEqual({ total: 3, names: ['Filter Alpha Potter', 'Filter Beta Potter', 'Filter Gamma Smith'] });
    expect(await names({ search: 'filter', provinceCode: 'IR-21' })).toEqual({ total: 2, names: ['Filter Alpha Potter', 'Filter Gamma Smith'] });
    expect(await names({ search: 'filter', craftSlug: 'pottery' })).toEqual({ total: 2, names: ['Filter Alpha Potter', 'Filter Beta Potter'] });
    expect(await names({ search: '100%' })).toEqual({ total: 0, names: [] });
  });

  it('pages through artisans with opaque cursors, without gaps or repeats', async () => {
    for (let index = 0; index < 7; index += 1) {
      await createArtisan(url, { name: `Paging ${String.fromCharCode(65 + ((index * 3) % 7))}`, provinceCode: 'IR-05' });
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { artisans }: any = await queryData(
        url,
        `query($after: String) { artisans(first: 3, after: $after, filter: { search: "Paging" }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } } }`,
        { after },
      );
      pages += 1;
      expect(artisans.totalCount).toBe(7);
      expect(artisans.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...artisans.edges.map((edge: any) => edge.node.name));
      if (!artisans.pageInfo.hasNextPage) {
        break;
      }
      after = artisans.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Paging A', 'Paging B', 'Paging C', 'Paging D', 'Paging E', 'Paging F', 'Paging G']);
  });

  it('lists a province\'s artisans as a connection', async () => {
    await createArtisan(url, { name: 'Semnan One', provinceCode: 'IR-20' });
    await createArtisan(url, { name: 'Semnan Two', provinceCode: 'IR-20' });
    const { province } = await queryData(url, `{ province(code: "IR-20") { name artisans(first: 1) { totalCount pageInfo { hasNextPage } edges { node { name } } } } }`);
    expect(province).toEqual({ name: 'Semnan', artisans: { totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { name: 'Semnan One' } }] } });
  });

  it('refuses a page size outside 1..100 and a foreign cursor with BAD_USER_INPUT naming the argument', async () => {
    for (const [query, argumentName] of [
      ['{ artisans(first: 0) { totalCount } }', 'first'],
      ['{ artisans(first: 101) { totalCount } }', 'first'],
      ['{ artisans(after: "bm90IGEgY3Vyc29y") { totalCount } }', 'after'],
    ]) {
      const response = await postGraphql(url, query);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });

  it('refuses a blank name, an unknown province and an unknown craft with BAD_USER_INPUT, writing nothing', async () => {
    const before = (await queryData(url, '{ artisans { totalCount } }')).artisans.totalCount;
    for (const [input, argumentName] of [
      [{ name: '   ', provinceCode: 'IR-02' }, 'input'],
      [{ name: 'Someone', provinceCode: 'IR-31' }, 'input'],
      [{ name: 'Someone', provinceCode: 'IR-02', craftSlugs: ['basketry'] }, 'input'],
    ] as const) {
      const response = await postGraphql(url, `mutation($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } } }`, { input });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain(argumentName);
    }
    const literal = await postGraphql(url, `mutation { createArtisan(input: { name: "Someone", provinceCode: "IR-99" }) { artisan { id } } }`);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.provinceCode' });
    expect((await queryData(url, '{ artisans { totalCount } }')).artisans.totalCount).toBe(before);
  });
});
