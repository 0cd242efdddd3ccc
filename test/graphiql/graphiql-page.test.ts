// @durationSeconds 56 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';

import { TEST_ADMIN_KEY, TEST_GATEWAY_SECRET } from '../support/access';
import { postGraphql } from '../support/graphql-client';
import { composeSupergraph, type ListeningGraphqlServer, startGateway } from '../support/platform';
import { SUBGRAPHS } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** What a browser sends when it opens a page. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** Returns the page a browser gets at `url`, with the status, content type and Content-Security-Policy. */
async function openAsBrowser(url: string) {
  const response = await fetch(url, { headers: { accept: BROWSER_ACCEPT } });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    policy: response.headers.get('content-security-policy'),
    html: await response.text(),
  };
}

/** Returns every address the page's HTML loads (`src` and `href` attributes). */
function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
}

describe('GraphiQL at the gateway', () => {
  it("answers a browser's GET on /graphql with GraphiQL, loading nothing but the gateway's own files", async () => {
    const { status, contentType, policy, html } = await openAsBrowser(graph.url);
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/html/);
    expect(html).toContain('<title>Handicrafts Graph · GraphiQL</title>');
    // The browser itself refuses anything from elsewhere, and any other site's frame.
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' blob:;.*; frame-ancestors 'none'$/);
    const links = linksOf(html);
    expect(links.filter((link) => !link.startsWith('/graphiql/') && !link.startsWith('data:'))).toEqual([]);
    expect(links.filter((link) => link.startsWith('/graphiql/'))).toHaveLength(4);
  });

  it('serves the files the page links to gzip-compressed, under names that change with their content, to be kept for good', async () => {
    let total = 0;
    let compressed = 0;
    for (const link of linksOf((await openAsBrowser(graph.url)).html).filter((candidate) => candidate.startsWith('/graphiql/'))) {
      const gzipped = await rawGet(new URL(link, graph.url), { 'accept-encoding': 'gzip, deflate, br' });
      expect([link, gzipped.status, gzipped.headers['content-encoding']]).toEqual([link, 200, 'gzip']);
      expect(gzipped.headers['content-type']).toMatch(link.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const plain = await rawGet(new URL(link, graph.url), {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
      total += plain.body.length;
      compressed += gzipped.body.length;
    }
    // GraphiQL, React and Monaco with their fonts: about 8.9 MB, 2.4 MB compressed.
    expect(total).toBeGreaterThan(8_000_000);
    expect(compressed).toBeLessThan(3_000_000);
  });

  it('lists every example of schema/examples/ with the key it needs', async () => {
    const { html } = await openAsBrowser(graph.url);
    const options = [...html.matchAll(/<option value="([^"]+)">([^<]*)<\/option>/g)].map((match) => [match[1], match[2]]);
    expect(options).toEqual([
      ['artisan-page', 'Artisan page · analyst or admin key'],
      ['export-analysis', 'Export analysis · no key'],
      ['memorandum', 'Memorandum · no key'],
      ['partner-listing', 'Partner listing · partner or analyst key'],
      ['province-overview', 'Province overview · no key'],
    ]);
  });

  it('redirects / to /graphql', async () => {
    const response = await fetch(new URL('/', graph.url), { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphql');
  });

  it('leaves every other request to GraphQL as before: POST, GET with the CSRF-preventing header, GET without it refused', async () => {
    const query = '{ province(code: "IR-16") { name } }';
    expect((await postGraphql(graph.url, query)).data).toEqual({ province: { name: 'Ilam' } });

    const get = new URL(graph.url);
    get.searchParams.set('query', query);
    const withHeader = await fetch(get, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${TEST_ADMIN_KEY}` } });
    const answer = (await withHeader.json()) as { data: unknown; extensions: { rateLimit: { cost: number } } };
    expect(answer.data).toEqual({ province: { name: 'Ilam' } });
    expect(answer.extensions.rateLimit.cost).toBe(1);

    const withoutHeader = await fetch(get, { headers: { accept: 'application/graphql-response+json' } });
    expect(withoutHeader.status).toBe(400);
    expect(JSON.stringify(await withoutHeader.json())).toContain('Cross-Site Request Forgery');
  });

  describe('with GRAPHIQL=false', () => {
    let gateway: ListeningGraphqlServer | undefined;
    beforeAll(async () => {
      const previous = process.env.GRAPHIQL;
      process.env.GRAPHIQL = 'false';
      try {
        gateway = await startGateway({
          supergraphSdl: (await composeSupergraph(SUBGRAPHS)).supergraphSdl,
          subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
          port: 0,
          host: '127.0.0.1',
          databaseUrl: graph.databaseUrl,
          gatewaySecret: TEST_GATEWAY_SECRET,
          adminKey: TEST_ADMIN_KEY,
        });
      } finally {
        if (previous === undefined) {
          delete process.env.GRAPHIQL;
        } else {
          process.env.GRAPHIQL = previous;
        }
      }
    });
    afterAll(async () => {
      await gateway?.close();
    });

    it('serves no page: a browser gets the CSRF refusal as any GET without the header, / and the files are not found', async () => {
      const url = gateway!.url;
      const { status, html } = await openAsBrowser(url);
      expect(status).toBe(400);
      expect(html).toContain('Cross-Site Request Forgery');
      expect((await fetch(new URL('/', url), { redirect: 'manual' })).status).toBe(404);
      const file = linksOf((await openAsBrowser(graph.url)).html).find((link) => link.startsWith('/graphiql/'));
      expect((await fetch(new URL(file!, url))).status).toBe(404);
      expect((await postGraphql(url, '{ province(code: "IR-16") { name } }')).data).toEqual({ province: { name: 'Ilam' } });
    });
  });

  it('refuses to start with a GRAPHIQL that is neither true nor false', async () => {
    const previous = process.env.GRAPHIQL;
    process.env.GRAPHIQL = 'maybe';
    try {
      await expect(
        startGateway({
          supergraphSdl: '',
          subgraphUrls: {},
          port: 0,
          databaseUrl: graph.databaseUrl,
          gatewaySecret: TEST_GATEWAY_SECRET,
        }),
      ).rejects.toThrow('GRAPHIQL must be true or false, got "maybe".');
    } finally {
      if (previous === undefined) {
        delete process.env.GRAPHIQL;
      } else {
        process.env.GRAPHIQL = previous;
      }
    }
  });
});

/** GETs `url` and returns the status, headers and body as they came over the wire (nothing decompressed). */
function rawGet(url: URL, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}
