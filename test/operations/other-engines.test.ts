import path from 'node:path';

import { type RunningTarget, startHiveGateway } from '../../scripts/bench/graph-targets';
import { asAnonymous, TEST_ADMIN_KEY, TEST_GATEWAY_SECRET, withKey } from '../support/access';
import { postGraphql } from '../support/graphql-client';
import { projectRoot, readGraphqlExamples } from '../support/platform';
import { seedSyntheticExhibitions, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

// The committed supergraph is standard Federation 2: another engine, Hive Gateway with its defaults, serves
// schema/supergraph.graphql over the same subgraphs (signing callers' identities as any router in front of
// them must) and answers every example as our gateway does.
const graph = useTestGraph();
let hive: RunningTarget;

beforeAll(async () => {
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 300 }));
  await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
    seedSyntheticExhibitions(manager, { exhibitions: 60, artisans: 300 }),
  );
  const subgraphUrls = Object.fromEntries(Object.entries(graph.subgraphs).map(([name, subgraph]) => [name, subgraph.url]));
  hive = await startHiveGateway(subgraphUrls, { key: TEST_ADMIN_KEY, gatewaySecret: TEST_GATEWAY_SECRET });
}, 90_000);
afterAll(() => hive?.stop());

describe('schema/supergraph.graphql on Hive Gateway', () => {
  it('answers every example operation with the same data as our gateway, for the caller each needs', async () => {
    const examples = await readGraphqlExamples(path.join(projectRoot(), 'schema', 'examples'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const caller = (url: string) => (example.needsKey ? withKey(url, TEST_ADMIN_KEY) : asAnonymous(url));
      const ours = await postGraphql(caller(graph.url), example.document);
      const theirs = await postGraphql(caller(hive.url), example.document);
      expect({ example: example.name, errors: ours.errors }).toEqual({ example: example.name, errors: undefined });
      expect({ example: example.name, errors: theirs.errors }).toEqual({ example: example.name, errors: undefined });
      expect({ example: example.name, data: theirs.data }).toEqual({ example: example.name, data: ours.data });
    }
  });

  it('refuses an anonymous caller the personal data it refuses at our gateway', async () => {
    const query = '{ artisans(first: 3) { edges { node { id enrollments { status } } } } }';
    const ours = await postGraphql(asAnonymous(graph.url), query);
    const theirs = await postGraphql(asAnonymous(hive.url), query);
    const codes = (errors: typeof ours.errors) => [...new Set((errors ?? []).map((error) => error.extensions?.code))];
    expect(codes(ours.errors)).toEqual(['FORBIDDEN']);
    expect(codes(theirs.errors)).toEqual(['FORBIDDEN']);
    expect(theirs.data).toEqual(ours.data);
  });
});
