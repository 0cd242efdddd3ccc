// @durationSeconds 51 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import type { ArtisanFilter, ArtisansPageQuery, CreateArtisanInput } from '../generated/graphql';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createArtisan } from '../support/training-fixtures';

const graph = useTestGraph();

const COUNT = graphql(`
  query ArtisansCount {
    artisans {
      totalCount
    }
  }
`);

describe('artisans', () => {
  it('registers an artisan and reads back its province and crafts from the catalogue', async () => {
    const id = await createArtisan(graph.url, { name: '  Test Weaver  ', provinceCode: 'ir-16', craftSlugs: ['kilim', 'jajim', 'kilim'] });
    const ARTISAN = graphql(`
      query ArtisansOne($id: ID!) {
        artisan(id: $id) {
          id
          name
          isSynthetic
          province {
            code
            name
            nameFa
          }
          crafts {
            slug
            name
            hsCodes
          }
          enrollments {
            id
          }
          certificates {
            id
          }
        }
      }
    `);
    const { artisan } = await queryData(graph.url, ARTISAN, { id });
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
    const id = await createArtisan(graph.url, { name: 'Before Update', provinceCode: 'IR-10', craftSlugs: ['pottery'] });
    const UPDATE = graphql(`
      mutation ArtisansUpdate($input: UpdateArtisanInput!) {
        updateArtisan(input: $input) {
          artisan {
            name
            province {
              code
            }
            crafts {
              slug
            }
          }
          error {
            code
          }
        }
      }
    `);
    const { updateArtisan } = await queryData(graph.url, UPDATE, { input: { id, name: 'After Update' } });
    expect(updateArtisan).toEqual({
      artisan: { name: 'After Update', province: { code: 'IR-10' }, crafts: [{ slug: 'pottery' }] },
      error: null,
    });
  });

  it('refuses to update an unknown artisan with a NOT_FOUND payload error', async () => {
    const UPDATE_UNKNOWN = graphql(`
      mutation ArtisansUpdateUnknown {
        updateArtisan(input: { id: "00000000-0000-4000-8000-00000000abcd", name: "x" }) {
          artisan {
            id
          }
          error {
            code
            field
          }
        }
      }
    `);
    const { updateArtisan } = await queryData(graph.url, UPDATE_UNKNOWN);
    expect(updateArtisan).toEqual({ artisan: null, error: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('returns null for ids that name no artisan, well-formed or not', async () => {
    const UNKNOWN = graphql(`
      query ArtisansUnknown {
        a: artisan(id: "00000000-0000-4000-8000-000000000000") {
          id
        }
        b: artisan(id: "not-an-id") {
          id
        }
      }
    `);
    expect(await queryData(graph.url, UNKNOWN)).toEqual({ a: null, b: null });
  });

  it('filters by search text, province and craft, and counts the whole list', async () => {
    await createArtisan(graph.url, { name: 'Filter Alpha Potter', provinceCode: 'IR-21', craftSlugs: ['pottery'] });
    await createArtisan(graph.url, { name: 'Filter Beta Potter', provinceCode: 'IR-22', craftSlugs: ['pottery', 'jewelry'] });
    await createArtisan(graph.url, { name: 'Filter Gamma Smith', provinceCode: 'IR-21', craftSlugs: ['copper-utensils'] });
    const FILTERED = graphql(`
      query ArtisansFiltered($filter: ArtisanFilter) {
        artisans(filter: $filter) {
          totalCount
          edges {
            node {
              name
            }
          }
        }
      }
    `);
    const names = async (filter: ArtisanFilter) => {
      const { artisans } = await queryData(graph.url, FILTERED, { filter });
      return { total: artisans!.totalCount, names: artisans!.edges.map((edge) => edge.node.name) };
    };
    expect(await names({ search: 'filter' })).toEqual({
      total: 3,
      names: ['Filter Alpha Potter', 'Filter Beta Potter', 'Filter Gamma Smith'],
    });
    expect(await names({ search: 'filter', provinceCode: 'IR-21' })).toEqual({
      total: 2,
      names: ['Filter Alpha Potter', 'Filter Gamma Smith'],
    });
    expect(await names({ search: 'filter', craftSlug: 'pottery' })).toEqual({
      total: 2,
      names: ['Filter Alpha Potter', 'Filter Beta Potter'],
    });
    expect(await names({ search: '100%' })).toEqual({ total: 0, names: [] });
  });

  it('pages through artisans with opaque cursors, without gaps or repeats', async () => {
    for (let index = 0; index < 7; index += 1) {
      await createArtisan(graph.url, { name: `Paging ${String.fromCharCode(65 + ((index * 3) % 7))}`, provinceCode: 'IR-05' });
    }
    const PAGE = graphql(`
      query ArtisansPage($after: String) {
        artisans(first: 3, after: $after, filter: { search: "Paging" }) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            endCursor
          }
          edges {
            cursor
            node {
              name
            }
          }
        }
      }
    `);
    const seen: Array<string | null> = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { artisans }: ArtisansPageQuery = await queryData(graph.url, PAGE, { after });
      pages += 1;
      expect(artisans!.totalCount).toBe(7);
      expect(artisans!.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...artisans!.edges.map((edge) => edge.node.name));
      if (!artisans!.pageInfo.hasNextPage) {
        break;
      }
      after = artisans!.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Paging A', 'Paging B', 'Paging C', 'Paging D', 'Paging E', 'Paging F', 'Paging G']);
  });

  it("lists a province's artisans as a connection", async () => {
    await createArtisan(graph.url, { name: 'Semnan One', provinceCode: 'IR-20' });
    await createArtisan(graph.url, { name: 'Semnan Two', provinceCode: 'IR-20' });
    const SEMNAN = graphql(`
      query ArtisansOfProvince {
        province(code: "IR-20") {
          name
          artisans(first: 1) {
            totalCount
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                name
              }
            }
          }
        }
      }
    `);
    const { province } = await queryData(graph.url, SEMNAN);
    expect(province).toEqual({
      name: 'Semnan',
      artisans: { totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { name: 'Semnan One' } }] },
    });
  });

  it('refuses a page size outside 1..100 and a foreign cursor with BAD_USER_INPUT naming the argument', async () => {
    // Bad input on purpose: plain strings, out of codegen's reach.
    for (const [query, argumentName] of [
      ['{ artisans(first: 0) { totalCount } }', 'first'],
      ['{ artisans(first: 101) { totalCount } }', 'first'],
      ['{ artisans(after: "bm90IGEgY3Vyc29y") { totalCount } }', 'after'],
    ]) {
      const response = await postGraphql(graph.url, query);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });

  it('refuses a blank name, an unknown province and an unknown craft with BAD_USER_INPUT, writing nothing', async () => {
    const before = (await queryData(graph.url, COUNT)).artisans!.totalCount;
    const CREATE = graphql(`
      mutation ArtisansCreateBad($input: CreateArtisanInput!) {
        createArtisan(input: $input) {
          artisan {
            id
          }
        }
      }
    `);
    const cases: Array<[CreateArtisanInput, string]> = [
      [{ name: '   ', provinceCode: 'IR-02' }, 'input'],
      [{ name: 'Someone', provinceCode: 'IR-31' }, 'input'],
      [{ name: 'Someone', provinceCode: 'IR-02', craftSlugs: ['basketry'] }, 'input'],
    ];
    for (const [input, argumentName] of cases) {
      const response = await postGraphql(graph.url, CREATE, { input });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain(argumentName);
    }
    const literal = await postGraphql(
      graph.url,
      `mutation { createArtisan(input: { name: "Someone", provinceCode: "IR-99" }) { artisan { id } } }`,
    );
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.provinceCode' });
    expect((await queryData(graph.url, COUNT)).artisans!.totalCount).toBe(before);
  });
});
