import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { GraphQLClient } from 'graphql-request';

import { graphql } from '../generated';
import type { PartialAnswerAcrossSubgraphsQuery, PartialAnswerTwoWritesMutation } from '../generated/graphql';
import { TEST_ADMIN_KEY } from '../support/access';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph({ responseCache: false });

/** Root fields of three subgraphs in one query: training's courses, trade's totals, access's viewer. */
const ACROSS_SUBGRAPHS = graphql(`
  query PartialAnswerAcrossSubgraphs {
    courses(first: 1) {
      totalCount
    }
    exportTotals(filter: { solarYears: [1403] }) {
      valueUsd
    }
    viewer {
      role
    }
  }
`);

/** Two writes in one operation: training's organisation first, then exhibitions' exhibition. */
const TWO_WRITES = graphql(`
  mutation PartialAnswerTwoWrites($organization: CreateOrganizationInput!, $exhibition: CreateExhibitionInput!) {
    createOrganization(input: $organization) {
      organization {
        id
        name
      }
      error {
        code
      }
    }
    createExhibition(input: $exhibition) {
      exhibition {
        id
      }
      error {
        code
      }
    }
  }
`);

// Short, so that a frozen subgraph is given up on quickly; long enough for the others on a loaded 2-core machine.
const SUBGRAPH_TIMEOUT_MS = 1_000;

/** A server that accepts requests and never answers them: a frozen subgraph. */
let frozen: Server;
const held: IncomingMessage[] = [];
/** An address where nothing listens any more: a killed subgraph. */
let killedUrl: string;

beforeAll(async () => {
  frozen = createServer((request) => void held.push(request));
  await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
  const killed = createServer();
  await new Promise<void>((resolve) => killed.listen(0, '127.0.0.1', resolve));
  killedUrl = `http://127.0.0.1:${(killed.address() as AddressInfo).port}/graphql`;
  await new Promise((resolve) => killed.close(resolve));
});
afterAll(async () => {
  frozen.closeAllConnections();
  await new Promise((resolve) => frozen.close(resolve));
});

const frozenUrl = () => `http://127.0.0.1:${(frozen.address() as AddressInfo).port}/graphql`;

/** graphql-request as a front-end would use it for partial answers: data and errors both kept. */
function clientOf(url: string, key?: string): GraphQLClient {
  return new GraphQLClient(url, { errorPolicy: 'all', headers: key ? { authorization: `Bearer ${key}` } : {} });
}

const unavailable = (serviceName: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName }) });

describe('a query across subgraphs while one of them cannot answer', () => {
  it.each([
    ['frozen', frozenUrl],
    ['killed', () => killedUrl],
  ])('keeps the root fields of the others when trade is %s, with trade’s null and an error naming it', async (_fate, tradeUrl) => {
    const gateway = await graph.startGateway({
      subgraphClient: { timeoutMs: SUBGRAPH_TIMEOUT_MS },
      subgraphUrls: { trade: tradeUrl() },
      responseCache: { enabled: false },
    });
    const started = Date.now();
    const answer = await clientOf(gateway.url).rawRequest<PartialAnswerAcrossSubgraphsQuery>(ACROSS_SUBGRAPHS.toString());
    expect(Date.now() - started).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 2_000);
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ courses: { totalCount: expect.any(Number) }, exportTotals: null, viewer: { role: 'ANONYMOUS' } });
    expect(answer.errors).toEqual([unavailable('trade')]);
    expect(answer.errors?.[0].message).toMatch(/^The trade subgraph is unavailable/);
    expect(answer.body).not.toContain(tradeUrl());
  });

  it('answers in full again through the same kind of client once every subgraph answers', async () => {
    const answer = await clientOf(graph.url).rawRequest<PartialAnswerAcrossSubgraphsQuery>(ACROSS_SUBGRAPHS.toString());
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      courses: { totalCount: expect.any(Number) },
      exportTotals: expect.any(Array),
      viewer: { role: 'ANONYMOUS' },
    });
  });
});

describe('a mutation operation while the subgraph of one of its fields cannot answer', () => {
  it('keeps the answer of the write that was made, and nulls the other with an error naming its subgraph', async () => {
    const gateway = await graph.startGateway({
      subgraphClient: { timeoutMs: SUBGRAPH_TIMEOUT_MS },
      subgraphUrls: { exhibitions: frozenUrl() },
      responseCache: { enabled: false },
    });
    const answer = await clientOf(gateway.url, TEST_ADMIN_KEY).rawRequest<PartialAnswerTwoWritesMutation>(TWO_WRITES.toString(), {
      organization: { name: 'Written while exhibitions froze', kind: 'ASSOCIATION' },
      exhibition: { name: 'Never written', kind: 'DOMESTIC', countryCode: 'IR' },
    });
    expect(answer.data).toEqual({
      createOrganization: { organization: { id: expect.any(String), name: 'Written while exhibitions froze' }, error: null },
      createExhibition: null,
    });
    expect(answer.errors).toEqual([unavailable('exhibitions')]);
    const { rows } = await graph.db.query<{ id: string }>('SELECT id FROM training.organization WHERE name = $1', [
      'Written while exhibitions froze',
    ]);
    expect(rows.map((row) => row.id)).toEqual([answer.data.createOrganization?.organization?.id]);
  });
});
