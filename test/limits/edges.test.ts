import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';

import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

import { asGatewayFor, TEST_ADMIN_KEY } from '../support/access';
import { type GraphqlResponse, postGraphql } from '../support/graphql-client';
import {
  createGraphqlServer,
  createLogger,
  cursorScope,
  encodeCursor,
  gatewayLimitsFromEnv,
  type ListeningGraphqlServer,
  requestContextFields,
  serveGraphql,
  ServerMetrics,
} from '../support/platform';
import { redisAnswers, TEST_REDIS_URL } from '../support/redis';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** Text no response may carry: a stack frame or the engine's own message. */
const LEAKS = /\n\s+at |Maximum call stack|RangeError|node_modules/;

/** Posts `body` as it is to `url` and returns the status, the request id header, the parsed answer and its text. */
async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    text,
    body: JSON.parse(text) as GraphqlResponse<unknown>,
  };
}

/** An operation of `levels` inline fragments, each inside the one before. */
const nestedFragments = (levels: number) => `{ ${'... on Query { '.repeat(levels)}__typename${' }'.repeat(levels)} }`;
/** JSON text of an object `levels` deep: `{"a":{"a":…}}`. */
const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
/** JSON text of an array `levels` deep. */
const nestedArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('finding 7: nesting past any stack, refused before parsing', () => {
  const bodies = {
    '1,500 nested inline fragments': JSON.stringify({ query: nestedFragments(1_500) }),
    'a variable nested 100,000 deep in objects': `{"query":"{ __typename }","variables":{"v":${nestedObject(100_000)}}}`,
    'a variable nested 100,000 deep in arrays': `{"query":"query ($v: [String]) { __typename }","variables":{"v":${nestedArray(100_000)}}}`,
    'a batch of such variables': `[{"query":"{ __typename }","variables":{"v":${nestedArray(100_000)}}}]`,
    'extensions nested 100,000 deep': `{"query":"{ __typename }","extensions":{"e":${nestedArray(100_000)}}}`,
  };

  it.each(Object.entries(bodies))(
    'answers %s with 400 NESTING_TOO_DEEP and the request id, on the gateway and on a subgraph',
    async (_name, body) => {
      for (const url of [graph.url, graph.subgraphs.training.url]) {
        const answer = await postRaw(url, body, { authorization: `Bearer ${TEST_ADMIN_KEY}` });
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.map((error) => error.extensions)).toEqual([
          { code: 'NESTING_TOO_DEEP', limit: { name: 'nesting', max: 64 }, requestId: answer.requestId },
        ]);
        expect(answer.text).not.toMatch(LEAKS);
      }
    },
  );

  it('measures a GET the same, and still answers nesting a client writes (a 40-level query meets the depth limit)', async () => {
    const url = new URL(graph.url);
    url.searchParams.set('query', 'query ($v: [String]) { __typename }');
    url.searchParams.set('variables', `{"v":${nestedArray(1_000)}}`);
    const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as GraphqlResponse<unknown>).errors?.[0]?.extensions?.code).toBe('NESTING_TOO_DEEP');

    // Braces inside strings and comments are not nesting.
    const quoted = await postRaw(
      graph.url,
      JSON.stringify({ query: `{ __typename } # ${'{'.repeat(500)}`, variables: { s: '['.repeat(500) } }),
    );
    expect(quoted.body).toMatchObject({ data: { __typename: 'Query' } });
    let selection = 'name';
    for (let level = 0; level < 4; level += 1) {
      selection = `exhibitions(first: 1) { edges { node { exhibitors(first: 1) { edges { node { ${selection} } } } } } }`;
    }
    const deep = await postRaw(graph.url, JSON.stringify({ query: `{ artisans(first: 1) { edges { node { ${selection} } } } }` }));
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth' } });
  });
});

describe('finding 7: a crash on input that gets past the bound is masked like any other', () => {
  it('answers 1,500 nested fragments, let through by a gateway bounding nesting at 100,000, with 500 INTERNAL_SERVER_ERROR and the request id only', async () => {
    const unbounded = await graph.startGateway({ production: true, httpLimits: { maxNesting: 100_000 } });
    const answer = await postRaw(unbounded.url, JSON.stringify({ query: nestedFragments(1_500) }), {
      authorization: `Bearer ${TEST_ADMIN_KEY}`,
    });
    expect(answer.status).toBe(500);
    expect(answer.body.errors).toEqual([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: answer.requestId } },
    ]);
    expect(answer.text).not.toMatch(LEAKS);
  });
});

describe('finding 9: work that costs no budget, metered per address', () => {
  let gateway: ListeningGraphqlServer;
  beforeAll(async () => {
    gateway = await graph.startGateway({
      limits: { perAddress: { unauthenticated: 5, readiness: 3, windowSeconds: 60 }, trustProxy: 'loopback' },
    });
  });
  const from = (address: string, headers: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...headers });

  it('answers 429 RATE_LIMITED with Retry-After once an address had 5 keys refused with 401, without looking the next key up', async () => {
    const randomKey = () => ({ authorization: `Bearer hg_${randomUUID().replaceAll('-', '')}` });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await postRaw(gateway.url, '{"query":"{ __typename }"}', from('198.51.100.7', randomKey()))).status).toBe(401);
    }
    const { result, statements } = await graph.countStatements(() =>
      postRaw(gateway.url, '{"query":"{ __typename }"}', from('198.51.100.7', randomKey())),
    );
    expect(result.status).toBe(429);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', requestId: result.requestId });
    expect(statements.access).toBe(0);
    const again = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('198.51.100.7') },
      body: '{}',
    });
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not held to that one's count.
    expect((await postRaw(gateway.url, '{"query":"{ __typename }"}', from('198.51.100.8', randomKey()))).status).toBe(401);
    expect((await postRaw(gateway.url, '{"query":"{ __typename }"}', from('198.51.100.8'))).status).toBe(200);
  });

  it('answers 429 to a fourth /readyz of one address in the window, and serves another', async () => {
    const readyz = new URL('/readyz', gateway.url);
    for (let probe = 0; probe < 3; probe += 1) {
      expect((await fetch(readyz, { headers: from('198.51.100.20') })).status).toBe(200);
    }
    const refused = await fetch(readyz, { headers: from('198.51.100.20') });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as GraphqlResponse<unknown>).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await fetch(readyz, { headers: from('198.51.100.21') })).status).toBe(200);
  });

  it('counts 401s of an address once for every replica through Redis (REDIS_URL)', async () => {
    if (!(await redisAnswers(TEST_REDIS_URL))) {
      process.stdout.write(`No Redis at ${TEST_REDIS_URL}: skipped the test of 401s counted through Redis.\n`);
      return;
    }
    const defaults = gatewayLimitsFromEnv();
    const limits = {
      perAddress: { unauthenticated: 2, readiness: 3, windowSeconds: 60 },
      trustProxy: 'loopback',
      rateLimit: { ...defaults.rateLimit, redisUrl: TEST_REDIS_URL, keyPrefix: `handicrafts-graph-test:${randomUUID()}` },
    };
    const [one, two] = [await graph.startGateway({ limits }), await graph.startGateway({ limits })];
    // The connection to Redis is made as the gateway starts.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const badKey = from('198.51.100.30', { authorization: 'Bearer hg_not_a_key' });
    expect((await postRaw(one.url, '{"query":"{ __typename }"}', badKey)).status).toBe(401);
    expect((await postRaw(two.url, '{"query":"{ __typename }"}', badKey)).status).toBe(401);
    // The count is made once the answer is sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await postRaw(one.url, '{"query":"{ __typename }"}', badKey)).status).toBe(429);
  });

  it('serves /metrics on a port of its own when given one (METRICS_PORT), and then not on the GraphQL port', async () => {
    const withMetricsPort = await graph.startGateway({ metricsPort: 0 });
    expect(withMetricsPort.metricsPort).toEqual(expect.any(Number));
    expect((await fetch(new URL('/metrics', withMetricsPort.url))).status).toBe(404);
    const scraped = await fetch(`http://127.0.0.1:${withMetricsPort.metricsPort}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toMatch(/process_resident_memory_bytes/);
    expect((await fetch(`http://127.0.0.1:${withMetricsPort.metricsPort}/graphql`)).status).toBe(404);
  });

  it('keeps the defaults of the environment: 100 refused keys and 300 probes per address per minute', () => {
    expect(gatewayLimitsFromEnv().perAddress).toEqual({ unauthenticated: 100, readiness: 300, windowSeconds: 60 });
  });
});

describe('finding 9: the HTTP server bears slow and many connections for seconds, not minutes', () => {
  const logger = createLogger('edges-test');
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'hi' } } }),
  });
  let server: ListeningGraphqlServer;
  beforeAll(async () => {
    server = await serveGraphql({
      name: 'edges test server',
      port: 0,
      host: '0.0.0.0',
      server: createGraphqlServer({ schema, log: logger }),
      context: async (_request, scope) => requestContextFields(scope),
      readiness: async () => ({ ready: true, checks: {} }),
      logger,
      metrics: new ServerMetrics('edges-test'),
      maxBodyBytes: 1024 * 1024,
      graphqlErrorStatus: 'always-200',
      shutdownGraceMs: 1_000,
      httpLimits: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, maxConnectionsPerAddress: 5 },
    });
  });
  afterAll(() => server.close());

  /** Opens a connection to the test server at `host` and resolves once it is connected. */
  const open = (host = '127.0.0.1') =>
    new Promise<Socket>((resolve, reject) => {
      const socket = connect(server.port, host, () => resolve(socket));
      socket.once('error', reject);
    });
  /** Resolves with what the server sent and how long after `since` it closed `socket`. */
  const closed = (socket: Socket, since: number) =>
    new Promise<{ text: string; afterMs: number }>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('error', () => undefined);
      socket.once('close', () => resolve({ text, afterMs: Date.now() - since }));
    });

  it('cuts a body trickled one byte a second once the request timeout (2 s) passes: 408, connection closed', async () => {
    const socket = await open();
    const started = Date.now();
    const done = closed(socket, started);
    socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 1_000);
    const { text, afterMs } = await done;
    clearInterval(trickle);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeLessThan(4_500);
  });

  it('cuts headers trickled a byte at a time once the headers timeout (1 s) passes', async () => {
    const socket = await open();
    const started = Date.now();
    const done = closed(socket, started);
    socket.write('GET /healthz HTTP/1.1\r\nx-slow: ');
    const trickle = setInterval(() => socket.writable && socket.write('a'), 200);
    const { afterMs } = await done;
    clearInterval(trickle);
    expect(afterMs).toBeLessThan(3_500);
  });

  it('closes at once a sixth connection from one address, and takes one again when another closes', async () => {
    const held = await Promise.all(Array.from({ length: 5 }, () => open()));
    const sixth = await open();
    const { text, afterMs } = await closed(sixth, Date.now());
    expect([text, afterMs < 1_000]).toEqual(['', true]);
    held[0].destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const response = await fetch(new URL('/healthz', server.url));
    expect(response.status).toBe(200);
    await Promise.all(held.slice(1).map((socket) => new Promise((resolve) => socket.once('close', resolve).destroy())));
    // The server counts a connection closed once it sees it close too.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('serves /metrics to this machine only: not through another address, nor through a proxy on this machine', async () => {
    const local = `http://127.0.0.1:${server.port}/metrics`;
    expect((await fetch(local)).status).toBe(200);
    expect((await fetch(local, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(404);
    const address = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
    if (address) {
      expect((await fetch(`http://${address}:${server.port}/metrics`)).status).toBe(404);
    }
  });
});

describe('finding 10: headers of the API and of the GraphiQL page', () => {
  it('answers the API with a CSP that lets nothing load or frame it, no referrer and nosniff', async () => {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("serves the GraphiQL page with its own CSP, frame-ancestors 'none' included, no referrer and nosniff", async () => {
    const page = await fetch(graph.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self' blob:");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not let a browser send x-api-key (the key goes in Authorization)', async () => {
    const preflight = await fetch(graph.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key' },
    });
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(allowed).toContain('authorization');
    expect(allowed).not.toContain('x-api-key');
  });
});

describe('finding 8: input that used to reach PostgreSQL or crash gets a stable code', () => {
  const admin = { authorization: `Bearer ${TEST_ADMIN_KEY}` };
  /** Posts an operation with variables to the gateway as the admin and returns status, code and argument name of its first error. */
  const ask = async (query: string, variables: Record<string, unknown> = {}, extensions?: Record<string, unknown>) => {
    const answer = await postRaw(graph.url, JSON.stringify({ query, variables, extensions }), admin);
    expect(answer.text).not.toMatch(LEAKS);
    const error = answer.body.errors?.[0];
    return { status: answer.status, code: error?.extensions?.code, argumentName: error?.extensions?.argumentName, data: answer.body.data };
  };
  /** An opaque cursor of the list named `list` (with its default order) holding `values`, as `KeysetOrder` writes one. */
  const cursorOf = (list: string, orderBy: string, values: unknown[]) =>
    encodeCursor(cursorScope(list, { orderBy }), values as Array<string | number>);

  it.each([
    [
      'a date of year 0 (exhibitions)',
      '{ exhibitions(first: 1, after: $after) { totalCount } }',
      cursorOf('Query.exhibitions', 'START_DATE_ASC', ['0000-01-01', randomUUID()]),
    ],
    [
      'an instant of year 0 (audit events)',
      '{ auditEvents(first: 1, after: $after) { totalCount } }',
      cursorOf('Query.auditEvents', 'NEWEST_FIRST', ['0000-06-01T00:00:00.000Z', randomUUID()]),
    ],
    [
      'a date of year 0 in a nested list (courses)',
      '{ province(code: "IR-16") { courses(first: 1, after: $after) { totalCount } } }',
      cursorOf(JSON.stringify(['Province.courses', 'IR-16']), 'START_DATE_ASC', ['0000-01-01', randomUUID()]),
    ],
  ])('refuses a cursor of the list holding %s with BAD_USER_INPUT naming `after`', async (_name, selection, cursor) => {
    const answer = await ask(`query ($after: String) ${selection}`, { after: cursor });
    expect(answer).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('takes a cursor of the same lists holding values that fit (so the refusals above are of the values)', async () => {
    const fitting = [
      [
        '{ exhibitions(first: 1, after: $after) { totalCount } }',
        cursorOf('Query.exhibitions', 'START_DATE_ASC', ['2025-01-01', randomUUID()]),
      ],
      [
        '{ auditEvents(first: 1, after: $after) { totalCount } }',
        cursorOf('Query.auditEvents', 'NEWEST_FIRST', ['2025-06-01T00:00:00.000Z', randomUUID()]),
      ],
      [
        '{ province(code: "IR-16") { courses(first: 1, after: $after) { totalCount } } }',
        cursorOf(JSON.stringify(['Province.courses', 'IR-16']), 'START_DATE_ASC', ['2025-01-01', randomUUID()]),
      ],
    ];
    for (const [selection, cursor] of fitting) {
      expect(await ask(`query ($after: String) ${selection}`, { after: cursor })).toMatchObject({ code: undefined });
    }
  });

  it('treats an explicit null for `first` or `orderBy`, given through a nullable variable, as the default, at the root and nested', async () => {
    const defaults = await ask('{ exhibitions { totalCount edges { cursor } } province(code: "IR-16") { courses { edges { cursor } } } }');
    const nulls = await ask(
      `query ($first: Int, $order: ExhibitionOrder, $courseOrder: CourseOrder) {
        exhibitions(first: $first, orderBy: $order) { totalCount edges { cursor } }
        province(code: "IR-16") { courses(first: $first, orderBy: $courseOrder) { edges { cursor } } }
      }`,
      { first: null, order: null, courseOrder: null },
    );
    expect(nulls).toEqual({ ...defaults, status: 200 });
    expect(defaults.status).toBe(200);

    // Any argument or input field with a default, not only paging.
    const totals = '{ valueUsd figureCount figures { valueUsd } }';
    const ungrouped = await ask(`{ exportTotals ${totals} }`);
    expect(await ask(`query ($groupBy: [ExportGrouping!]) { exportTotals(groupBy: $groupBy) ${totals} }`, { groupBy: null })).toEqual(
      ungrouped,
    );
    expect(ungrouped.status).toBe(200);

    // A subgraph reads it the same when called directly.
    const training = asGatewayFor(graph.subgraphs.training.url);
    const courses = 'query ($first: Int, $order: CourseOrder) { courses(first: $first, orderBy: $order) { totalCount edges { cursor } } }';
    const direct = await postGraphql(training, courses, { first: null, order: null });
    expect(direct.errors).toBeUndefined();
    expect(direct.data).toEqual((await postGraphql(training, courses, {})).data);
  });

  it('answers a persisted query whose hash does not match its text with 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const answer = await ask('{ __typename }', {}, { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } });
    expect(answer).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH' });
  });
});
