import { seedSyntheticExhibitions } from '../../services/exhibitions/synthetic/synthetic-exhibitions.seeder';
import { seedSyntheticTraining } from '../../services/training/synthetic/synthetic-training.seeder';
import { postGraphql, queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';

const ARTISANS = 60;
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
  // Volume through the seeders: 150 exhibitions with up to 20 exhibitors each, drawn from 60 artisans.
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: ARTISANS }));
  await graph.subgraphs.exhibitions.dataSource.transaction((manager) => seedSyntheticExhibitions(manager, { exhibitions: 150, artisans: ARTISANS }));
});
afterAll(() => graph?.stop());

/** Runs `query` through the gateway and returns its data and the SQL statements each subgraph sent meanwhile. */
async function statementsOf(query: string, variables: Record<string, unknown>) {
  const before = { training: graph.subgraphs.training.sql.count, exhibitions: graph.subgraphs.exhibitions.sql.count };
  const data = await queryData(graph.gateway.url, query, variables);
  return {
    data,
    training: graph.subgraphs.training.sql.count - before.training,
    exhibitions: graph.subgraphs.exhibitions.sql.count - before.exhibitions,
  };
}

describe('SQL statements per operation', () => {
  it('are the same for exhibitions(first: 5) and exhibitions(first: 100) with crafts and ten exhibitors each, on both subgraphs', async () => {
    const query = `query($first: Int!) { exhibitions(first: $first) { edges { node {
      name crafts { name } exhibitors(first: 10) { edges { node { name province { name } } } }
    } } } }`;
    const five = await statementsOf(query, { first: 5 });
    const hundred = await statementsOf(query, { first: 100 });
    const exhibitorsShown = (data: any) => data.exhibitions.edges.flatMap((edge: any) => edge.node.exhibitors.edges);
    expect(hundred.data.exhibitions.edges).toHaveLength(100);
    expect(hundred.data.exhibitions.edges.some((edge: any) => edge.node.exhibitors.edges.length === 10)).toBe(true);
    expect(exhibitorsShown(hundred.data).length).toBeGreaterThan(500);
    expect(exhibitorsShown(hundred.data).every((edge: any) => /^Synthetic artisan/.test(edge.node.name) && edge.node.province.name)).toBe(true);
    process.stdout.write(
      `statements for exhibitions(first: 5 | 100) with crafts and exhibitors: exhibitions ${five.exhibitions} | ${hundred.exhibitions}, training ${five.training} | ${hundred.training}\n`,
    );
    expect(hundred.exhibitions).toBe(five.exhibitions);
    expect(hundred.training).toBe(five.training);
    // The page, the crafts, the ranked exhibitors; and one _entities batch of artisans in training.
    expect(five.exhibitions).toBe(3);
    expect(five.training).toBe(1);
  });

  it('are the same for every province\'s exhibitions with first: 5 and first: 100, with counts and organisers', async () => {
    const query = `query($first: Int!) { provinces { code exhibitions(first: $first) { totalCount edges { node { name exhibitorCount organizer { name } country { name } } } } } }`;
    const five = await statementsOf(query, { first: 5 });
    const hundred = await statementsOf(query, { first: 100 });
    expect(hundred.data.provinces.some((province: any) => province.exhibitions.edges.length > 5)).toBe(true);
    expect(hundred.exhibitions).toBe(five.exhibitions);
    expect(hundred.training).toBe(five.training);
    expect(five.training).toBe(1);
  });

  it('answer a gateway _entities batch of exhibitions with one SQL statement, in key order, null for unknown keys', async () => {
    const { exhibitions } = await queryData(graph.gateway.url, '{ exhibitions(first: 50) { edges { node { id } } } }');
    const ids = exhibitions.edges.map((edge: any) => edge.node.id).reverse();
    const representations = [...ids.map((id: string) => ({ __typename: 'Exhibition', id })), { __typename: 'Exhibition', id: '00000000-0000-4000-8000-000000000000' }];
    let response: any;
    const statements = await graph.subgraphs.exhibitions.sql.countDuring(async () => {
      response = await postGraphql(
        graph.subgraphs.exhibitions.url,
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Exhibition { id name } } }',
        { representations },
      );
    });
    expect(statements).toBe(1);
    expect(response.data._entities.slice(0, 50).map((entity: any) => entity.id)).toEqual(ids);
    expect(response.data._entities[50]).toBeNull();
  });

  it('resolve artisan, organisation and catalogue references without SQL, and the artisans\' exhibitions in as many statements for 50 artisans as for 5', async () => {
    const artisanIds = (await queryData(graph.gateway.url, '{ artisans(first: 50) { edges { node { id } } } }')).artisans.edges.map((edge: any) => edge.node.id);
    const references = await graph.subgraphs.exhibitions.sql.countDuring(async () => {
      const response = await postGraphql(
        graph.subgraphs.exhibitions.url,
        `{ _entities(representations: [{ __typename: "Artisan", id: "${artisanIds[0]}" }, { __typename: "Organization", id: "${artisanIds[1]}" },
           { __typename: "Province", code: "IR-16" }, { __typename: "Craft", slug: "kilim" }, { __typename: "Country", code: "IQ" }]) {
           ... on Artisan { id } ... on Organization { id } ... on Province { name } ... on Craft { name } ... on Country { name } } }`,
      );
      expect(response.data?._entities).toEqual([{ id: artisanIds[0] }, { id: artisanIds[1] }, { name: 'Ilam' }, { name: 'Kilim' }, { name: 'Iraq' }]);
    });
    expect(references).toBe(0);

    const exhibitionsOfArtisans = async (ids: string[]) =>
      graph.subgraphs.exhibitions.sql.countDuring(async () => {
        const response = await postGraphql(
          graph.subgraphs.exhibitions.url,
          'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Artisan { exhibitions(first: 3) { totalCount edges { node { name } } } } } }',
          { representations: ids.map((id) => ({ __typename: 'Artisan', id })) },
        );
        expect(response.data?._entities).toHaveLength(ids.length);
        expect(response.data?._entities.some((entity: any) => entity.exhibitions.totalCount > 0)).toBe(true);
      });
    expect(await exhibitionsOfArtisans(artisanIds.slice(0, 50))).toBe(await exhibitionsOfArtisans(artisanIds.slice(0, 5)));
  });
});
