import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { composeSupergraph } from '../../gateway/compose-supergraph';
import { startGateway } from '../../gateway/gateway-server';
import { databaseSettingsFromEnv } from '../../services/shared/platform/database';
import type { ListeningGraphqlServer } from '../../services/shared/platform/http/serve-graphql';
import { type RunningSubgraph, startSubgraph } from '../../services/shared/platform/server';
import { SUBGRAPHS } from '../../services/subgraphs';
import { ExportGrouping } from '../../services/trade/export-total/export-total.inputs';
import { ExportTotalsQuery } from '../../services/trade/export-total/export-totals-query';
import { seedSyntheticTrade } from '../../services/trade/synthetic/synthetic-trade.seeder';
import type { BenchContext, BenchResult, BenchSection } from './bench-section';
import { bearerHeaders, BENCH_CALLER } from './graph-targets';
import { formatMemory, formatTimings, timeOnce, timeRuns } from './measure';

const GATEWAY_QUERY =
  '{ exportTotals(groupBy: [YEAR, DESTINATION]) { solarYear destination { code } valueUsd share growthPercent figureCount } }';

/** The same aggregate written by hand, without the preference and level rules beyond the preferred mark. */
const PLAIN_SQL = `SELECT solar_year, destination_code, sum(value_usd) AS value_usd FROM trade.export_figure
  WHERE is_preferred AND solar_year IS NOT NULL AND destination_code IS NOT NULL GROUP BY solar_year, destination_code`;

/** Posts a query to the gateway as the benchmark's caller (an admin, whose budget the runs fit in) and returns its data, failing on any error. */
async function gatewayData(url: string): Promise<Array<{ valueUsd: string }>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearerHeaders() },
    body: JSON.stringify({ query: GATEWAY_QUERY }),
  });
  const body = (await response.json()) as { data?: { exportTotals: Array<{ valueUsd: string }> }; errors?: unknown };
  if (!body.data || body.errors) {
    throw new Error(`The gateway answered with errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data.exportTotals;
}

/**
 * `exportTotals(groupBy: [YEAR, DESTINATION])` over `--figures` synthetic
 * figures: through the real gateway and subgraphs over HTTP, against the same
 * statement run directly on PostgreSQL, and against a plain GROUP BY.
 */
export const exportTotalsSection: BenchSection = {
  name: 'export-totals',
  description: 'exportTotals(groupBy: [YEAR, DESTINATION]) through the gateway against the same SQL run directly',
  async run(context: BenchContext): Promise<BenchResult[]> {
    const databaseUrl = await context.createDatabase();
    const subgraphs: RunningSubgraph[] = [];
    let gateway: ListeningGraphqlServer | undefined;
    // The direct runs get the session settings the trade subgraph's connections have.
    const sql = new pg.Client({
      connectionString: databaseUrl,
      options: `-c search_path=trade -c work_mem=${databaseSettingsFromEnv().workMemMb}MB`,
    });
    // The gateway and the subgraphs of this section share a secret of their own.
    const gatewaySecret = randomBytes(32).toString('base64url');
    try {
      const urls: Record<string, string> = {};
      for (const definition of SUBGRAPHS) {
        const subgraph = await startSubgraph(definition, { databaseUrl, port: 0, host: '127.0.0.1', gatewaySecret });
        subgraphs.push(subgraph);
        urls[definition.name] = subgraph.url;
      }
      gateway = await startGateway({
        supergraphSdl: (await composeSupergraph(SUBGRAPHS)).supergraphSdl,
        subgraphUrls: urls,
        port: 0,
        host: '127.0.0.1',
        databaseUrl,
        gatewaySecret,
        adminKey: BENCH_CALLER.key,
      });
      const trade = subgraphs[SUBGRAPHS.findIndex((definition) => definition.name === 'trade')];
      context.log(`seeding ${context.figures.toLocaleString('en')} synthetic figures`);
      const seeded = await timeOnce(() =>
        trade.dataSource.transaction(async (manager) => {
          // A bulk load, as `npm run seed:synthetic` runs it: without the serving processes' statement timeout.
          await manager.query('SET LOCAL statement_timeout = 0');
          return seedSyntheticTrade(manager, { figures: context.figures });
        }),
      );
      await sql.connect();
      // As autovacuum would after a load this size: statistics and the visibility map.
      await sql.query('VACUUM ANALYZE export_figure');

      const { sql: statement, values } = new ExportTotalsQuery(null, [ExportGrouping.YEAR, ExportGrouping.DESTINATION], null).totalsSql();
      const viaGateway = await gatewayData(gateway.url);
      const direct = await sql.query(statement, values);
      if (viaGateway.length !== direct.rows.length || viaGateway.some((total, index) => total.valueUsd !== direct.rows[index].value_usd)) {
        throw new Error('The gateway and the direct statement disagree.');
      }
      context.log(`timing ${context.runs} runs of each (${viaGateway.length} groups)`);
      const gatewayTimings = await timeRuns(context.runs, () => gatewayData(gateway!.url));
      const directTimings = await timeRuns(context.runs, () => sql.query(statement, values));
      const plainTimings = await timeRuns(context.runs, () => sql.query(PLAIN_SQL));
      const {
        rows: [size],
      } = await sql.query(
        "SELECT count(*)::int AS figures, pg_size_pretty(pg_total_relation_size('export_figure')) AS size FROM export_figure",
      );
      return [
        {
          label: 'data',
          value: `${size.figures.toLocaleString('en')} figures (${size.size} with indexes), seeded in ${seeded.seconds.toFixed(1)} s; ${viaGateway.length} groups`,
        },
        { label: 'through the gateway (HTTP, gateway, trade subgraph, SQL)', value: formatTimings(gatewayTimings) },
        { label: 'same statement run directly', value: formatTimings(directTimings) },
        { label: 'plain GROUP BY of the preferred figures, for scale', value: formatTimings(plainTimings) },
        { label: 'gateway / direct (median)', value: `${(gatewayTimings.medianMs / directTimings.medianMs).toFixed(2)}×` },
        { label: 'memory of this process (gateway and subgraphs)', value: formatMemory() },
      ];
    } finally {
      await sql.end().catch(() => {});
      await gateway?.close();
      for (const subgraph of subgraphs) {
        await subgraph.stop();
      }
    }
  },
};
