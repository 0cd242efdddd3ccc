// @durationSeconds 46 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { Agent, request as httpRequest } from 'node:http';

import { auditServer } from 'graphql-http';

import { asGatewayFor } from '../support/access';
import { postGraphql } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();
let url: string;
beforeAll(() => {
  url = graph.url;
});

/**
 * Posts `body` through `agent` (keep-alive when asked) and returns the status,
 * headers and text; fails when no answer came within `timeoutMs` (a hung
 * connection, for the requests that must be answered at once).
 */
function post(
  target: string,
  body: string | Buffer,
  agent: Agent,
  headers: Record<string, string> = {},
  timeoutMs = 5_000,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

const SMALL_QUERY = JSON.stringify({ query: '{ provinces { code } }' });

describe('one HTTP stack on every process', () => {
  it('answers 413 to a body over 1 MiB and serves the next request on the same keep-alive agent at once', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const large = JSON.stringify({ query: `{ provinces { code } } # ${'x'.repeat(1024 * 1024)}` });
      const refused = await post(url, large, agent);
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('BAD_REQUEST');
      const started = Date.now();
      const next = await post(url, SMALL_QUERY, agent);
      expect(next.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      agent.destroy();
    }
  });

  it("lets the gateway send a subgraph a body far over the clients' limit", async () => {
    const representations = Array.from({ length: 30_000 }, (_, index) => ({
      __typename: 'Province',
      code: `IR-${String(index % 31).padStart(2, '0')}`,
    }));
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Province { code } } }';
    const variables = { r: representations };
    const body = JSON.stringify({ query, variables });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const agent = new Agent({ keepAlive: true });
    try {
      const { url: trainingUrl, headersFor } = asGatewayFor(graph.subgraphs.training.url);
      const headers = headersFor?.(query, variables);
      // 30,000 entities are real work (about 1 s alone on this 2-core machine, over 5 s under the whole suite's load): no hang is tested here.
      const started = Date.now();
      const answer = await post(trainingUrl, body, agent, headers, 45_000);
      process.stdout.write(`30,000 entities from one body of ${(body.length / 1024 / 1024).toFixed(1)} MiB: ${Date.now() - started} ms\n`);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text).data._entities).toHaveLength(30_000);
    } finally {
      agent.destroy();
    }
  });

  it('refuses malformed JSON (400), batched arrays and GET mutations, with no stack trace or SQL in the answer', async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      const malformed = await post(url, '{"query": "{ provinces { code } }"', agent);
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.text).errors[0].message).toBe('Request body is not valid JSON.');
      const batched = await post(url, JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ crafts { slug } }' }]), agent);
      expect(batched.status).toBe(400);
      for (const answer of [malformed, batched]) {
        expect(answer.text).not.toMatch(/\bat \w+ \(|node_modules|SELECT |INSERT /);
      }
    } finally {
      agent.destroy();
    }
    const getMutation = await fetch(
      `${url}?query=${encodeURIComponent('mutation { createArtisan(input: { name: "Via GET", provinceCode: "IR-01" }) { artisan { id } } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(getMutation.status).toBe(405);
  });

  it('returns the request id it was given, or a new one, and CORS headers for any origin without credentials', async () => {
    const given = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-test-1', origin: 'https://example.org' },
      body: SMALL_QUERY,
    });
    expect(given.headers.get('x-request-id')).toBe('ops-test-1');
    expect(given.headers.get('access-control-allow-origin')).toBe('*');
    expect(given.headers.get('access-control-allow-credentials')).toBeNull();
    const made = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not acceptable: spaces' },
      body: SMALL_QUERY,
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
  });

  it('serves /healthz, /readyz and /metrics on the gateway and on every subgraph', async () => {
    for (const target of [url, ...Object.values(graph.subgraphs).map((subgraph) => subgraph.url)]) {
      expect((await fetch(new URL('/healthz', target))).status).toBe(200);
      const ready = await fetch(new URL('/readyz', target));
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { status: string }).status).toBe('ready');
    }
    await postGraphql(url, 'query ProvinceNames { provinces { name } }');
    await postGraphql(url, 'query { provinces { name } }');
    const gatewayMetrics = await (await fetch(new URL('/metrics', url))).text();
    expect(gatewayMetrics).toMatch(/graphql_request_duration_seconds_count\{[^}]*operation="ProvinceNames"[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(gatewayMetrics).toMatch(/graphql_request_duration_seconds_count\{[^}]*operation="other"/);
    expect(gatewayMetrics).toMatch(/gateway_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="(training|exhibitions|trade)"/);
    expect(gatewayMetrics).toMatch(/process_resident_memory_bytes/);
    const trainingMetrics = await (await fetch(new URL('/metrics', graph.subgraphs.training.url))).text();
    expect(trainingMetrics).toMatch(/db_pool_connections\{state="idle"/);
    expect(trainingMetrics).toMatch(/db_statement_duration_seconds_count\{[^}]*outcome="ok"/);
  });

  it('refuses a NUL character in a string filter with BAD_USER_INPUT, and a number for a ProvinceCode variable with 400 like other variable errors', async () => {
    const nul = await postGraphql(url, 'query($search: String) { artisans(filter: { search: $search }) { totalCount } }', {
      search: 'a\u0000b',
    });
    expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await postGraphql(url, 'query($code: ProvinceCode!) { province(code: $code) { name } }', { code: 2 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongInt = await postGraphql(url, 'query($first: Int!) { artisans(first: $first) { totalCount } }', { first: 'two' });
    expect(wrongInt.status).toBe(400);
  });
});

describe('the GraphQL-over-HTTP audit of graphql-http against the gateway', () => {
  it('passes every MUST and SHOULD audit; only MAY notices about GET requests without a CSRF-preventing header remain', async () => {
    const results = await auditServer({ url });
    const describe = (result: (typeof results)[number]) =>
      `${result.status} ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`;
    const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
    results.forEach((result) => (counts[result.status] += 1));
    process.stdout.write(
      `graphql-http audit: ${JSON.stringify(counts)}\n${results
        .filter((result) => result.status !== 'ok')
        .map(describe)
        .join('\n')}\n`,
    );
    expect(results.filter((result) => result.status === 'error' || result.status === 'warn').map(describe)).toEqual([]);
    // The three MAY audits send GET requests that Apollo Server's CSRF prevention refuses (docs/operating.md, "HTTP status of GraphQL errors").
    expect(
      results
        .filter((result) => result.status === 'notice')
        .map((result) => result.id)
        .sort(),
    ).toEqual(['5A70', '6A70', 'D6D5']);
  });
});
