import { composeSupergraph } from '../../gateway/compose-supergraph';
import { startGateway } from '../../gateway/gateway-server';
import type { ListeningGraphqlServer } from '../../services/shared/platform/http/serve-graphql';
import { startSubgraph, type RunningSubgraph } from '../../services/shared/platform/server';
import { SUBGRAPHS } from '../../services/subgraphs';
import { SqlStatementCounter } from './sql-statement-counter';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The whole graph, running on free ports over a database of its own. */
export interface TestGraph {
  readonly database: TestDatabase;
  /** Each subgraph by name, with the counter of the SQL statements it sent. */
  readonly subgraphs: Record<string, RunningSubgraph & { readonly sql: SqlStatementCounter }>;
  readonly gateway: ListeningGraphqlServer;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph over a new database and a real Apollo Gateway over the
 * supergraph composed from the code, all over HTTP on free ports. Subgraphs
 * start in the order of SUBGRAPHS, each knowing the URLs of those before it.
 */
export async function startTestGraph(): Promise<TestGraph> {
  const database = await createTestDatabase();
  const subgraphs: TestGraph['subgraphs'] = {};
  const peerUrls: Record<string, string> = {};
  for (const definition of SUBGRAPHS) {
    const sql = new SqlStatementCounter();
    const running = await startSubgraph(definition, { databaseUrl: database.url, port: 0, host: '127.0.0.1', sqlLogger: sql, peerUrls: { ...peerUrls } });
    subgraphs[definition.name] = Object.assign(running, { sql });
    peerUrls[definition.name] = running.url;
  }
  const { supergraphSdl } = await composeSupergraph(SUBGRAPHS);
  const gateway = await startGateway({
    supergraphSdl,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    database,
    subgraphs,
    gateway,
    async stop() {
      await gateway.close();
      for (const subgraph of Object.values(subgraphs)) {
        await subgraph.stop();
      }
      await database.drop();
    },
  };
}
