import pg from 'pg';
import { seedSyntheticExhibitions } from '../../services/exhibitions/synthetic/synthetic-exhibitions.seeder';
import { seedSyntheticTraining } from '../../services/training/synthetic/synthetic-training.seeder';
import { queryData } from '../support/graphql-client';
import { startTestGraph, type TestGraph } from '../support/test-graph';

let graph: TestGraph;
let sql: pg.Client;
beforeAll(async () => {
  graph = await startTestGraph();
  sql = new pg.Client({ connectionString: graph.database.url });
  await sql.connect();
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 100 }));
});
afterAll(async () => {
  await sql?.end();
  await graph?.stop();
});

const seed = (exhibitions: number) =>
  graph.subgraphs.exhibitions.dataSource.transaction((manager) => seedSyntheticExhibitions(manager, { exhibitions, artisans: 100 }));

describe('synthetic exhibitions', () => {
  it('adds the same rows on every run, labelled synthetic, and nothing when run again', async () => {
    const first = await seed(80);
    expect(first.exhibitions).toBe(80);
    expect(first.exhibitors).toBeGreaterThan(0);
    expect(await seed(80)).toEqual({ exhibitions: 0, exhibitors: 0 });
    expect((await seed(100)).exhibitions).toBe(20);

    const { rows } = await sql.query(`SELECT count(*) FILTER (WHERE is_synthetic)::int AS synthetic,
      count(*) FILTER (WHERE is_synthetic AND name NOT LIKE 'Synthetic exhibition %')::int AS unlabelled,
      count(*) FILTER (WHERE NOT is_synthetic)::int AS real FROM exhibitions.exhibition`);
    // The four exhibitions of the reports stay as they were.
    expect(rows[0]).toEqual({ synthetic: 100, unlabelled: 0, real: 4 });
  });

  it('draws exhibitors only from the synthetic artisans of the training subgraph, and organisers from its synthetic providers', async () => {
    const { rows } = await sql.query(`SELECT
      (SELECT count(*)::int FROM exhibitions.exhibitor LEFT JOIN training.artisan ON artisan.id = exhibitor.artisan_id WHERE artisan.id IS NULL OR NOT artisan.is_synthetic) AS foreign_exhibitors,
      (SELECT count(*)::int FROM exhibitions.exhibition LEFT JOIN training.organization ON organization.id = exhibition.organizer_id
         WHERE exhibition.is_synthetic AND (organization.id IS NULL OR NOT organization.is_synthetic)) AS foreign_organizers`);
    expect(rows[0]).toEqual({ foreign_exhibitors: 0, foreign_organizers: 0 });
  });

  it('is served by the API with its synthetic label, its exhibitors resolved by the training subgraph', async () => {
    const { exhibitions } = await queryData(
      graph.gateway.url,
      '{ exhibitions(first: 100) { totalCount edges { node { name isSynthetic organizer { name } exhibitors(first: 3) { edges { node { name } } } } } } }',
    );
    expect(exhibitions.totalCount).toBe(104);
    const synthetic = exhibitions.edges.map((edge: any) => edge.node).filter((node: any) => node.isSynthetic);
    expect(synthetic.length).toBeGreaterThan(90);
    for (const node of exhibitions.edges.map((edge: any) => edge.node)) {
      expect({ name: node.name, isSynthetic: node.isSynthetic }).toEqual({ name: node.name, isSynthetic: node.name.startsWith('Synthetic exhibition ') });
    }
    for (const node of synthetic) {
      expect(node.organizer.name).toMatch(/^Synthetic training provider/);
      expect(node.exhibitors.edges.every((edge: any) => /^Synthetic artisan/.test(edge.node.name))).toBe(true);
    }
  });
});
