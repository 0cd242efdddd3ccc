import { graphql } from '../generated';
import { queryData } from '../support/graphql-client';
import { seedSyntheticTrade } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

const seed = (figures: number) => graph.subgraphs.trade.dataSource.transaction((manager) => seedSyntheticTrade(manager, { figures }));

describe('synthetic export figures', () => {
  it('are labelled synthetic with a "Synthetic" source, and running the seeder again adds nothing', async () => {
    expect(await seed(1_000)).toEqual({ figures: 1_000, sources: 1 });
    expect(await seed(1_000)).toEqual({ figures: 0, sources: 0 });
    expect(await seed(1_200)).toEqual({ figures: 200, sources: 0 });
    const { rows } = await graph.db
      .query(`SELECT count(*)::int AS figures, count(*) FILTER (WHERE NOT f.is_synthetic OR s.title NOT LIKE 'Synthetic%' OR NOT s.is_synthetic)::int AS unlabelled,
      count(DISTINCT f.solar_year)::int AS years, count(DISTINCT f.destination_code)::int AS destinations, count(DISTINCT f.province_code)::int AS provinces,
      count(*) FILTER (WHERE f.is_preferred)::int AS preferred
      FROM trade.export_figure f JOIN trade.source s ON s.id = f.source_id WHERE f.is_synthetic OR s.is_synthetic`);
    expect(rows[0]).toEqual({ figures: 1_200, unlabelled: 0, years: 30, destinations: 40, provinces: 31, preferred: 1_200 });
  });

  it('leave the real figures and their totals alone', async () => {
    const REAL = graphql(`
      query SyntheticTradeReal {
        exportTotals(filter: { solarYears: [1403] }) {
          valueUsd
          includesSynthetic
        }
      }
    `);
    const { exportTotals } = await queryData(graph.url, REAL);
    expect(exportTotals).toEqual([{ valueUsd: '448000000.00', includesSynthetic: false }]);
  });

  it('add up through the API to the sums PostgreSQL computes from the rows, flagged as synthetic', async () => {
    const SYNTHETIC = graphql(`
      query SyntheticTradeTotals {
        exportTotals(filter: { isSynthetic: true }, groupBy: [YEAR]) {
          solarYear
          valueUsd
          figureCount
          includesSynthetic
        }
      }
    `);
    const { exportTotals } = await queryData(graph.url, SYNTHETIC);
    const { rows } = await graph.db
      .query(`SELECT solar_year AS "solarYear", sum(value_usd)::text AS "valueUsd", count(*)::int AS "figureCount", true AS "includesSynthetic"
      FROM trade.export_figure WHERE is_synthetic GROUP BY solar_year ORDER BY solar_year`);
    expect(exportTotals).toEqual(rows);
  });
});
