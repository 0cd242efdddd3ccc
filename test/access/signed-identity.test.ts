// @durationSeconds 29 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ADMIN_VIEWER, asGatewayFor, rememberSubgraph, TEST_ADMIN_KEY, TEST_GATEWAY_SECRET } from '../support/access';
import { postGraphql } from '../support/graphql-client';
import { IDENTITY_HEADER, type RunningSubgraph, signIdentity, startSubgraph } from '../support/platform';
import { redisAnswers, TEST_REDIS_URL } from '../support/redis';
import { trainingSubgraph } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph({ responseCache: false });

/** What the gateway sent a subgraph: the headers and the body, exactly. */
interface CapturedRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A process on a subgraph's port that passes every request on to the real
 * subgraph and keeps a copy, as a process that took a restarting subgraph's
 * port could.
 */
async function startEavesdropper(target: string): Promise<{ url: string; captured: CapturedRequest[]; close(): Promise<void> }> {
  const captured: CapturedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      captured.push({ headers: request.headers, body });
      void fetch(target, { method: 'POST', headers: forwarded(request.headers), body }).then(async (answer) => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(await answer.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    captured,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Returns the headers that make a captured request what it was: its identity, request id and type. */
function forwarded(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-request-id': String(headers['x-request-id']),
    [IDENTITY_HEADER]: String(headers[IDENTITY_HEADER]),
  };
}

/** Sends `body` to `url` with a captured request's identity; returns the status and the first error's code. */
async function replay(url: string, captured: CapturedRequest, body = captured.body): Promise<[number, unknown]> {
  const response = await fetch(url, { method: 'POST', headers: forwarded(captured.headers), body });
  const answer = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return [response.status, answer.errors?.[0]?.extensions?.code];
}

describe("the identity the gateway signs for a subgraph request, captured on the subgraph's port", () => {
  let eavesdropper: Awaited<ReturnType<typeof startEavesdropper>>;
  let captured: CapturedRequest;

  beforeAll(async () => {
    eavesdropper = await startEavesdropper(graph.subgraphs.training.url);
    const gateway = await graph.startGateway({ subgraphUrls: { training: eavesdropper.url } });
    const answer = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_KEY}` },
      body: JSON.stringify({ query: 'query Count($first: Int!) { courses(first: $first) { totalCount } }', variables: { first: 1 } }),
    });
    expect(((await answer.json()) as { data?: unknown }).data).toEqual({ courses: { totalCount: expect.any(Number) } });
    captured = eavesdropper.captured[0];
    expect(captured.headers[IDENTITY_HEADER]).toEqual(expect.any(String));
  });
  afterAll(async () => {
    await eavesdropper?.close();
  });

  it('is refused (401) when replayed to the subgraph it was for: it was good once', async () => {
    expect(await replay(graph.subgraphs.training.url, captured)).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('is refused (401) by any other subgraph', async () => {
    for (const other of ['exhibitions', 'trade', 'access'] as const) {
      expect(await replay(graph.subgraphs[other].url, captured)).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('is refused (401) for another operation or other variables, before it was ever used', async () => {
    const requestId = 'unused-identity-1';
    const query = 'query Count($first: Int!) { courses(first: $first) { totalCount } }';
    const identity = signIdentity(ADMIN_VIEWER, { requestId, subgraph: 'training', query, variables: { first: 1 } }, TEST_GATEWAY_SECRET);
    const unused = { headers: { 'x-request-id': requestId, [IDENTITY_HEADER]: identity }, body: '' };
    const auditEvents = JSON.stringify({ query: '{ organizations(first: 100) { totalCount } }', variables: { first: 1 } });
    expect(await replay(graph.subgraphs.training.url, unused, auditEvents)).toEqual([401, 'UNAUTHENTICATED']);
    expect(await replay(graph.subgraphs.training.url, unused, JSON.stringify({ query, variables: { first: 100 } }))).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    // The same identity for the operation and variables it names is accepted, once.
    expect(await replay(graph.subgraphs.training.url, unused, JSON.stringify({ query, variables: { first: 1 } }))).toEqual([
      200,
      undefined,
    ]);
    expect(await replay(graph.subgraphs.training.url, unused, JSON.stringify({ query, variables: { first: 1 } }))).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
  });

  it('is refused (401) once it is more than a few seconds old', async () => {
    const requestId = 'old-identity-1';
    const query = '{ courses(first: 1) { totalCount } }';
    const identity = signIdentity(
      ADMIN_VIEWER,
      { requestId, subgraph: 'training', query, variables: {} },
      TEST_GATEWAY_SECRET,
      Date.now() - 10_000,
    );
    const old = { headers: { 'x-request-id': requestId, [IDENTITY_HEADER]: identity }, body: '' };
    expect(await replay(graph.subgraphs.training.url, old, JSON.stringify({ query }))).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('a subgraph, called with a valid identity', () => {
  it('refuses an operation over its own node ceiling (nested pages of 100), whoever signed it', async () => {
    const courseEnrollments = (inner: string) => `enrollments(first: 100) { edges { node { ${inner} } } }`;
    const artisanEnrollments = (inner: string) => `enrollmentsConnection(first: 100) { edges { node { ${inner} } } }`;
    const query = `{ courses(first: 100) { edges { node { ${courseEnrollments(`artisan { ${artisanEnrollments(`course { ${courseEnrollments('id')} }`)} }`)} } } } }`;
    const response = await postGraphql(asGatewayFor(graph.subgraphs.training.url), query);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'nodes' } });
  });

  it('refuses an operation nested deeper than its own depth ceiling', async () => {
    let inner = 'id';
    for (let level = 0; level < 6; level += 1) {
      inner = `enrollments(first: 1) { edges { node { course { ${inner} } } } }`;
    }
    const response = await postGraphql(asGatewayFor(graph.subgraphs.training.url), `{ courses(first: 1) { edges { node { ${inner} } } } }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth' } });
  });
});

describe('two replicas of a subgraph with REDIS_URL', () => {
  const replicas: RunningSubgraph[] = [];
  let redisAnswered = false;
  beforeAll(async () => {
    redisAnswered = await redisAnswers(TEST_REDIS_URL);
    if (!redisAnswered) {
      return;
    }
    for (let index = 0; index < 2; index += 1) {
      const replica = await startSubgraph(trainingSubgraph, {
        databaseUrl: graph.databaseUrl,
        port: 0,
        host: '127.0.0.1',
        gatewaySecret: TEST_GATEWAY_SECRET,
        redisUrl: TEST_REDIS_URL,
      });
      rememberSubgraph(replica);
      replicas.push(replica);
    }
    // The connection to Redis is made as a subgraph starts.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  afterAll(async () => {
    for (const replica of replicas) {
      await replica.stop();
    }
  });

  it('share the replay cache: an identity used at one is refused at the other', async () => {
    if (!redisAnswered) {
      process.stdout.write(`No Redis at ${TEST_REDIS_URL}: skipped the test of the replay cache shared through Redis.\n`);
      return;
    }
    const requestId = `replicas-${Date.now()}`;
    const query = '{ courses(first: 1) { totalCount } }';
    const identity = signIdentity(ADMIN_VIEWER, { requestId, subgraph: 'training', query, variables: {} }, TEST_GATEWAY_SECRET);
    const signed = { headers: { 'x-request-id': requestId, [IDENTITY_HEADER]: identity }, body: JSON.stringify({ query }) };
    expect(await replay(replicas[0].url, signed)).toEqual([200, undefined]);
    expect(await replay(replicas[1].url, signed)).toEqual([401, 'UNAUTHENTICATED']);
  });
});
