import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from '../generated';
import { asAnonymous, TEST_ADMIN_KEY, TEST_GATEWAY_SECRET, withKey } from '../support/access';
import { postGraphql } from '../support/graphql-client';
import {
  composeSupergraph,
  createLogger,
  type ListeningGraphqlServer,
  projectRoot,
  readGraphqlExamples,
  startGateway,
  startInProcessSubgraphs,
} from '../support/platform';
import { runBuilt } from '../support/processes';
import { seedSyntheticExhibitions, seedSyntheticTraining, SUBGRAPHS } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

// The graph as separate processes would run it (each subgraph behind HTTP), and beside it, over the
// same database, a gateway whose subgraphs run in its own process: they must answer alike.
const graph = useTestGraph();
let oneProcess: ListeningGraphqlServer;

beforeAll(async () => {
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 1_000 }));
  await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
    seedSyntheticExhibitions(manager, { exhibitions: 200, artisans: 1_000 }),
  );
  const { supergraphSdl } = await composeSupergraph(SUBGRAPHS);
  oneProcess = await startGateway({
    supergraphSdl,
    subgraphUrls: {},
    port: 0,
    host: '127.0.0.1',
    databaseUrl: graph.databaseUrl,
    gatewaySecret: TEST_GATEWAY_SECRET,
    adminKey: TEST_ADMIN_KEY,
    inProcess: await startInProcessSubgraphs(SUBGRAPHS, graph.databaseUrl, createLogger('gateway')),
  });
});
afterAll(() => oneProcess?.close());

const ENROLMENTS = graphql(`
  query OneProcessEnrolments {
    artisans(first: 3) {
      edges {
        node {
          id
          enrollments {
            status
          }
        }
      }
    }
  }
`);

const CREATE_EXHIBITION = graphql(`
  mutation OneProcessExhibition($input: CreateExhibitionInput!) {
    createExhibition(input: $input) {
      exhibition {
        id
      }
      error {
        code
        field
      }
    }
  }
`);

const NODE_IDS = graphql(`
  query OneProcessNodeIds {
    exhibitions(first: 2) {
      edges {
        node {
          id
        }
      }
    }
    courses(first: 2) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const NODES = graphql(`
  query OneProcessNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Exhibition {
        name
      }
      ... on Course {
        title
      }
      ... on Province {
        name
      }
    }
  }
`);

describe('the one-process mode', () => {
  it('answers every example operation as the separate processes do, for the caller each needs', async () => {
    const examples = await readGraphqlExamples(path.join(projectRoot(), 'schema', 'examples'));
    for (const example of examples) {
      const caller = (url: string) => (example.needsKey ? withKey(url, TEST_ADMIN_KEY) : asAnonymous(url));
      const separate = await postGraphql(caller(graph.url), example.document);
      const together = await postGraphql(caller(oneProcess.url), example.document);
      expect(separate.errors).toBeUndefined();
      expect({ example: example.name, ...together }).toMatchObject({ example: example.name, data: separate.data });
      expect(together.errors).toBeUndefined();
    }
  });

  it('keeps the same authorization: personal data forbidden to an anonymous caller, writes refused without a key', async () => {
    for (const url of [graph.url, oneProcess.url]) {
      const read = await postGraphql(asAnonymous(url), ENROLMENTS);
      expect(read.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      const write = await postGraphql(asAnonymous(url), CREATE_EXHIBITION, {
        input: { name: 'Not allowed', kind: 'INTERNATIONAL', countryCode: 'IQ', startsOn: '2099-01-01' },
      });
      expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('asks the training subgraph about organisations in the same process before writing an exhibition', async () => {
    const refused = await postGraphql(oneProcess.url, CREATE_EXHIBITION, {
      input: {
        name: 'Unknown organiser',
        kind: 'INTERNATIONAL',
        countryCode: 'IQ',
        startsOn: '2099-01-01',
        organizerId: '00000000-0000-4000-8000-000000000009',
      },
    });
    expect(refused.data?.createExhibition!.error).toEqual({ code: 'NOT_FOUND', field: 'organizerId' });
  });

  it('answers nodes(ids:) as the separate processes do, asking the other subgraphs in the same process', async () => {
    const { data } = await postGraphql(graph.url, NODE_IDS);
    const ids = [...data!.exhibitions!.edges, ...data!.courses!.edges].map((edge) => edge.node.id);
    const variables = { ids: [...ids, 'Province:IR-16', '00000000-0000-4000-8000-000000000009'] };
    const separate = await postGraphql(graph.url, NODES, variables);
    const together = await postGraphql(oneProcess.url, NODES, variables);
    expect(separate.errors).toBeUndefined();
    expect(separate.data?.nodes?.map((node) => node?.__typename)).toEqual([
      'Exhibition',
      'Exhibition',
      'Course',
      'Course',
      'Province',
      undefined,
    ]);
    expect(together).toMatchObject({ data: separate.data });
    expect(together.errors).toBeUndefined();
  });

  it('runs from npm start -- --single-process as one server process beside the database', async () => {
    const runDir = await mkdtemp(path.join(tmpdir(), 'handicrafts-graph-single-process-'));
    // When the tests run as root, PostgreSQL runs as the `postgres` user, which must reach the folder.
    await chmod(runDir, 0o755);
    const started = runBuilt(
      path.join('scripts', 'start.js'),
      { PORT: '0', EMBEDDED_POSTGRES_DIR: path.join(runDir, 'postgres') },
      ['DATABASE_URL'],
      ['--single-process'],
    );
    try {
      const [, url] = await started.waitFor(/ready at (http:\/\/\S+\/graphql) .*one process/, 60_000);
      const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(started.child.pid)], { encoding: 'utf8' });
      expect(children.match(/dist\/gateway\/index\.js/g)).toHaveLength(1);
      expect(children).not.toMatch(/dist\/services\/\w+\/index\.js/);
      const answer = await postGraphql(
        asAnonymous(url),
        '{ province(code: "IR-16") { name courses { totalCount } exports { totalCount } } }',
      );
      expect(answer.data).toEqual({
        province: { name: 'Ilam', courses: { totalCount: expect.any(Number) }, exports: { totalCount: expect.any(Number) } },
      });
    } finally {
      started.child.kill('SIGTERM');
      await started.exited;
      await rm(runDir, { recursive: true, force: true });
    }
  });
});
