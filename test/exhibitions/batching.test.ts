// @durationSeconds 46 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { asGatewayFor } from '../support/access';
import { postGraphql, queryData } from '../support/graphql-client';
import { seedSyntheticExhibitions, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const ARTISANS = 60;
const graph = useTestGraph();
beforeAll(async () => {
  // Volume through the seeders: 150 exhibitions with up to 20 exhibitors each, drawn from 60 artisans.
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: ARTISANS }));
  await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
    seedSyntheticExhibitions(manager, { exhibitions: 150, artisans: ARTISANS }),
  );
});

/*
 * Operations sent straight to a subgraph, as the gateway sends them, stay
 * strings with their result type written out: `_entities` is not part of the
 * API schema that codegen checks operations against.
 */
type ExhibitionEntities = { _entities: Array<{ id: string; name: string } | null> };
type ReferenceEntities = { _entities: Array<{ id?: string; name?: string } | null> };
type ArtisanExhibitionEntities = { _entities: Array<{ exhibitions: { totalCount: number; edges: Array<{ node: { name: string } }> } }> };

describe('SQL statements per operation', () => {
  it('are the same for exhibitions(first: 5) and exhibitions(first: 100) with crafts and ten exhibitors each, on both subgraphs', async () => {
    const EXHIBITIONS = graphql(`
      query BatchingExhibitions($first: Int!) {
        exhibitions(first: $first) {
          edges {
            node {
              name
              crafts {
                name
              }
              exhibitors(first: 10) {
                edges {
                  node {
                    name
                    province {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const five = await graph.countStatements(() => queryData(graph.url, EXHIBITIONS, { first: 5 }));
    const hundred = await graph.countStatements(() => queryData(graph.url, EXHIBITIONS, { first: 100 }));
    const exhibitorsShown = hundred.result.exhibitions!.edges.flatMap((edge) => edge.node.exhibitors.edges);
    expect(hundred.result.exhibitions!.edges).toHaveLength(100);
    expect(hundred.result.exhibitions!.edges.some((edge) => edge.node.exhibitors.edges.length === 10)).toBe(true);
    expect(exhibitorsShown.length).toBeGreaterThan(500);
    expect(exhibitorsShown.every((edge) => /^Synthetic artisan/.test(edge.node?.name ?? '') && edge.node?.province?.name)).toBe(true);
    process.stdout.write(
      'statements for exhibitions(first: 5 | 100) with crafts and exhibitors: ' +
        `exhibitions ${five.statements.exhibitions} | ${hundred.statements.exhibitions}, training ${five.statements.training} | ${hundred.statements.training}\n`,
    );
    expect(hundred.statements.exhibitions).toBe(five.statements.exhibitions);
    expect(hundred.statements.training).toBe(five.statements.training);
    // The page, the crafts, the ranked exhibitors; and one _entities batch of artisans in training.
    expect(five.statements.exhibitions).toBe(3);
    expect(five.statements.training).toBe(1);
  });

  it("are the same for every province's exhibitions with first: 5 and first: 100, with counts and organisers", async () => {
    const PROVINCES = graphql(`
      query BatchingProvinceExhibitions($first: Int!) {
        provinces {
          code
          exhibitions(first: $first) {
            totalCount
            edges {
              node {
                name
                exhibitorCount
                organizer {
                  name
                }
                country {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const five = await graph.countStatements(() => queryData(graph.url, PROVINCES, { first: 5 }));
    const hundred = await graph.countStatements(() => queryData(graph.url, PROVINCES, { first: 100 }));
    expect(hundred.result.provinces!.some((province) => province.exhibitions!.edges.length > 5)).toBe(true);
    expect(hundred.statements.exhibitions).toBe(five.statements.exhibitions);
    expect(hundred.statements.training).toBe(five.statements.training);
    expect(five.statements.training).toBe(1);
  });

  it('answer a gateway _entities batch of exhibitions with one SQL statement, in key order, null for unknown keys', async () => {
    const IDS = graphql(`
      query BatchingExhibitionIds {
        exhibitions(first: 50) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, IDS);
    const ids = exhibitions!.edges.map((edge) => edge.node.id).reverse();
    const representations = [
      ...ids.map((id) => ({ __typename: 'Exhibition', id })),
      { __typename: 'Exhibition', id: '00000000-0000-4000-8000-000000000000' },
    ];
    const { result: response, statements } = await graph.countStatements(() =>
      postGraphql<ExhibitionEntities>(
        asGatewayFor(graph.subgraphs.exhibitions.url),
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Exhibition { id name } } }',
        { representations },
      ),
    );
    expect(statements.exhibitions).toBe(1);
    expect(response.data?._entities.slice(0, 50).map((entity) => entity?.id)).toEqual(ids);
    expect(response.data?._entities[50]).toBeNull();
  });

  it("resolve artisan, organisation and catalogue references without SQL, and the artisans' exhibitions in as many statements for 50 artisans as for 5", async () => {
    const ARTISAN_IDS = graphql(`
      query BatchingArtisanIds {
        artisans(first: 50) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const artisanIds = (await queryData(graph.url, ARTISAN_IDS)).artisans!.edges.map((edge) => edge.node.id);
    const references = await graph.countStatements(() =>
      postGraphql<ReferenceEntities>(
        asGatewayFor(graph.subgraphs.exhibitions.url),
        `query($representations: [_Any!]!) { _entities(representations: $representations) {
           ... on Artisan { id } ... on Organization { id } ... on Province { name } ... on Craft { name } ... on Country { name } } }`,
        {
          representations: [
            { __typename: 'Artisan', id: artisanIds[0] },
            { __typename: 'Organization', id: artisanIds[1] },
            { __typename: 'Province', code: 'IR-16' },
            { __typename: 'Craft', slug: 'kilim' },
            { __typename: 'Country', code: 'IQ' },
          ],
        },
      ),
    );
    expect(references.result.data?._entities).toEqual([
      { id: artisanIds[0] },
      { id: artisanIds[1] },
      { name: 'Ilam' },
      { name: 'Kilim' },
      { name: 'Iraq' },
    ]);
    expect(references.statements.exhibitions).toBe(0);

    const exhibitionsOfArtisans = async (ids: string[]) => {
      const { result: response, statements } = await graph.countStatements(() =>
        postGraphql<ArtisanExhibitionEntities>(
          asGatewayFor(graph.subgraphs.exhibitions.url),
          'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Artisan { exhibitions(first: 3) { totalCount edges { node { name } } } } } }',
          { representations: ids.map((id) => ({ __typename: 'Artisan', id })) },
        ),
      );
      expect(response.data?._entities).toHaveLength(ids.length);
      expect(response.data?._entities.some((entity) => entity.exhibitions.totalCount > 0)).toBe(true);
      return statements.exhibitions;
    };
    expect(await exhibitionsOfArtisans(artisanIds.slice(0, 50))).toBe(await exhibitionsOfArtisans(artisanIds.slice(0, 5)));
  });
});
