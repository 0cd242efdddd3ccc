import { graphql } from '../generated';
import { queryData } from '../support/graphql-client';
import { seedSyntheticExhibitions, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();
beforeAll(async () => {
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 100 }));
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

    const { rows } = await graph.db.query(`SELECT count(*) FILTER (WHERE is_synthetic)::int AS synthetic,
      count(*) FILTER (WHERE is_synthetic AND name NOT LIKE 'Synthetic exhibition %')::int AS unlabelled,
      count(*) FILTER (WHERE NOT is_synthetic)::int AS real FROM exhibitions.exhibition`);
    // The four exhibitions of the reports stay as they were.
    expect(rows[0]).toEqual({ synthetic: 100, unlabelled: 0, real: 4 });
  });

  it('draws exhibitors only from the synthetic artisans of the training subgraph, and organisers from its synthetic providers', async () => {
    const { rows } = await graph.db.query(`SELECT
      (SELECT count(*)::int FROM exhibitions.exhibitor LEFT JOIN training.artisan ON artisan.id = exhibitor.artisan_id WHERE artisan.id IS NULL OR NOT artisan.is_synthetic) AS foreign_exhibitors,
      (SELECT count(*)::int FROM exhibitions.exhibition LEFT JOIN training.organization ON organization.id = exhibition.organizer_id
         WHERE exhibition.is_synthetic AND (organization.id IS NULL OR NOT organization.is_synthetic)) AS foreign_organizers`);
    expect(rows[0]).toEqual({ foreign_exhibitors: 0, foreign_organizers: 0 });
  });

  it('is served by the API with its synthetic label, its exhibitors resolved by the training subgraph', async () => {
    const SYNTHETIC = graphql(`
      query SyntheticExhibitions {
        exhibitions(first: 100) {
          totalCount
          edges {
            node {
              name
              isSynthetic
              organizer {
                name
              }
              exhibitors(first: 3) {
                edges {
                  node {
                    name
                  }
                }
              }
            }
          }
        }
      }
    `);
    const { exhibitions } = await queryData(graph.url, SYNTHETIC);
    expect(exhibitions!.totalCount).toBe(104);
    const nodes = exhibitions!.edges.map((edge) => edge.node);
    const synthetic = nodes.filter((node) => node.isSynthetic);
    expect(synthetic.length).toBeGreaterThan(90);
    for (const node of nodes) {
      expect({ name: node.name, isSynthetic: node.isSynthetic }).toEqual({
        name: node.name,
        isSynthetic: node.name.startsWith('Synthetic exhibition '),
      });
    }
    for (const node of synthetic) {
      expect(node.organizer?.name).toMatch(/^Synthetic training provider/);
      expect(node.exhibitors.edges.every((edge) => /^Synthetic artisan/.test(edge.node?.name ?? ''))).toBe(true);
    }
  });
});
