import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { Lexer, Source, TokenKind } from 'graphql';

import { graphql } from '../generated';
import { type GraphqlResponse, postGraphql } from '../support/graphql-client';
import { projectRoot } from '../support/platform';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** Asserts that `response` refused the operation for the limit `name` of value `max`, the message naming both. */
function expectLimit(response: GraphqlResponse<unknown>, name: string, max: number, code = 'GRAPHQL_VALIDATION_FAILED'): void {
  expect(response.status).toBe(400);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions).toMatchObject({ code, limit: { name, max } });
  expect(error.message).toContain(String(max));
}

/** Returns how many tokens graphql-js counts in a document (`maxTokens`): every lexical token but the end. */
function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    count += 1;
  }
  return count;
}

/** Returns `count` copies of `text(index)` joined by spaces. */
function repeat(count: number, text: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => text(index)).join(' ');
}

/** Sends an operation and counts the SQL statements it caused in every subgraph. */
async function countingStatements(operation: string, variables?: Record<string, unknown>) {
  const { result, statements } = await graph.countStatements(() => postGraphql(graph.url, operation, variables));
  return { response: result, statements: Object.values(statements).reduce((sum, count) => sum + count, 0) };
}

describe('limits on the shape of an operation, checked before it is planned', () => {
  // artisans > edges > node > exhibitions > edges > node > exhibitors > edges > node > exhibitions > edges > node > exhibitors > edges > …
  const nested = (innermost: string) =>
    `{ artisans(first: 1) { edges { node { exhibitions(first: 1) { edges { node { exhibitors(first: 1) { edges { node { exhibitions(first: 1) { edges { node { exhibitors(first: 1) { edges { ${innermost} ${'} '.repeat(15)}`;

  it('accepts 15 levels of selections and refuses 16, counting fields, not fragments', async () => {
    const fifteen = await postGraphql(graph.url, nested('cursor'));
    expect(fifteen.errors).toBeUndefined();
    const throughFragments = await postGraphql(
      graph.url,
      `{ artisans(first: 1) { ...A } } fragment A on ArtisanConnection { edges { node { exhibitions(first: 1) { ...E } } } }
       fragment E on ExhibitionConnection { edges { node { exhibitors(first: 1) { edges { node { exhibitions(first: 1) { edges { node { exhibitors(first: 1) { edges { cursor } } } } } } } } } } }`,
    );
    expect(throughFragments.errors).toBeUndefined();
    const sixteen = await countingStatements(nested('node { name }'));
    expectLimit(sixteen.response, 'depth', 15);
    expect(sixteen.response.errors![0].message).toBe('Query depth limit of 15 exceeded, found 16.');
    expect(sixteen.statements).toBe(0);
  });

  it('accepts 30 aliases and refuses 31, counting those in fragments wherever they are spread', async () => {
    const thirty = await postGraphql(graph.url, `{ ${repeat(30, (index) => `p${index}: province(code: "IR-02") { code }`)} }`);
    expect(thirty.errors).toBeUndefined();
    const thirtyOne = await postGraphql(graph.url, `{ ${repeat(31, (index) => `p${index}: province(code: "IR-02") { code }`)} }`);
    expectLimit(thirtyOne, 'aliases', 30);
    expect(thirtyOne.errors![0].message).toBe('Aliases limit of 30 exceeded, found 31.');
    const spread = await postGraphql(
      graph.url,
      `{ a: provinces { ...P } b: provinces { ...P } } fragment P on Province { ${repeat(15, (index) => `n${index}: name`)} }`,
    );
    expectLimit(spread, 'aliases', 30);
  });

  it('accepts 50 directives and refuses 51', async () => {
    const fifty = await postGraphql(graph.url, `{ provinces { ${repeat(50, () => 'code @include(if: true)')} } }`);
    expect(fifty.errors).toBeUndefined();
    const fiftyOne = await postGraphql(graph.url, `{ provinces { ${repeat(51, () => 'code @include(if: true)')} } }`);
    expectLimit(fiftyOne, 'directives', 50);
    expect(fiftyOne.errors![0].message).toBe('Directives limit of 50 exceeded, found 51.');
  });

  it('accepts 10,000 tokens and refuses the 10,001st while parsing', async () => {
    // A long list of solar years: each is one token.
    const withYears = (count: number) =>
      `{ exportFigures(first: 1, filter: { solarYears: [${repeat(count, () => '1403')}] }) { totalCount } }`;
    expect(tokenCount(withYears(0))).toBe(19);
    const tenThousand = await postGraphql(graph.url, withYears(10_000 - 19));
    expect(tenThousand.errors).toBeUndefined();
    const tooMany = await postGraphql(graph.url, withYears(10_001 - 19));
    expectLimit(tooMany, 'tokens', 10_000, 'GRAPHQL_PARSE_FAILED');
    expect(tooMany.errors![0].message).toContain('more that 10000 tokens');
  });
});

describe('the estimated size and cost of an operation', () => {
  // 100 exhibitions, each with 100 exhibitors, each exhibiting at `inner` exhibitions: 100 + 10,000 + 10,000 × inner nodes.
  const pages = (inner: number) =>
    `{ exhibitions(first: 100) { edges { node { exhibitors(first: 100) { edges { node { exhibitions(first: ${inner}) { edges { node { name } } } } } } } } } }`;

  it('counts every item of the pages that `first` asks for: 90,100 nodes pass, 100,100 are refused without a statement sent', async () => {
    const under = await postGraphql(graph.url, pages(8));
    expect(under.errors).toBeUndefined();
    const over = await countingStatements(pages(9));
    expectLimit(over.response, 'nodes', 100_000);
    expect(over.response.errors![0].message).toContain('could return 100100 nodes');
    expect(over.statements).toBe(0);
    // Without `first`, a page is 20 items: 20 × 20 × 20 × 20 × 20 = 3.2 million.
    const defaults = await postGraphql(
      graph.url,
      '{ exhibitions { edges { node { exhibitors { edges { node { exhibitions { edges { node { exhibitors { edges { node { exhibitions { totalCount } } } } } } } } } } } } } }',
    );
    expectLimit(defaults, 'nodes', 100_000);
  });

  it('charges an export aggregate 200 points: 4 `exportTotals` pass the cost limit of 1,000, 5 are refused before trade is asked', async () => {
    const four = await postGraphql(graph.url, `{ ${repeat(4, (index) => `t${index}: exportTotals { valueUsd }`)} }`);
    expect(four.errors).toBeUndefined();
    expect(four.extensions?.rateLimit).toMatchObject({ cost: 801 });
    const five = await countingStatements(`{ ${repeat(5, (index) => `t${index}: exportTotals { valueUsd }`)} }`);
    expectLimit(five.response, 'cost', 1_000);
    expect(five.response.errors![0].message).toContain('costs 1001');
    expect(five.statements).toBe(0);
  });

  it('counts a craft and an HS code as one dimension of `exportTotals`: a filter on either fixes both groupings', async () => {
    const costOf = async (totalsArguments: string) => {
      const response = await postGraphql(graph.url, `{ exportTotals(${totalsArguments}) { valueUsd figures(first: 100) { valueUsd } } }`);
      expect(response.errors).toBeUndefined();
      return response.extensions?.rateLimit?.cost;
    };
    const oneGroup = await costOf('groupBy: [CRAFT], filter: { craftSlug: "kilim" }');
    expect(await costOf('groupBy: [CRAFT, HS_CODE], filter: { craftSlug: "kilim" }')).toBe(oneGroup);
    expect(await costOf('groupBy: [CRAFT, HS_CODE], filter: { hsCode: "5702" }')).toBe(oneGroup);
    expect(await costOf('groupBy: [CRAFT, HS_CODE], filter: { provinceCode: "IR-16" }')).toBeGreaterThan(oneGroup!);
  });

  it('costs the benchmark operations as docs/operating.md says', async () => {
    const variables = {
      id: '00000000-0000-4000-8000-000000000000',
      provinceCode: 'IR-16',
      craftSlug: 'kilim',
      solarYears: [1402, 1403],
      countryCode: 'IQ',
      startsFrom: '2025-01-01',
      code: 'IR-16',
      solarYear: 1403,
    };
    const costs: Record<string, number | undefined> = {};
    for (const name of [
      'artisan-page',
      'course-catalogue',
      'export-analysis',
      'partner-listing',
      'province-exports',
      'province-overview',
    ]) {
      const document = readFileSync(path.join(projectRoot(), 'scripts', 'bench', 'operations', `${name}.graphql`), 'utf8');
      const used = Object.fromEntries(Object.entries(variables).filter(([variable]) => document.includes(`$${variable}:`)));
      const response = await postGraphql(graph.url, document, used);
      expect(response.errors).toBeUndefined();
      costs[name] = response.extensions?.rateLimit?.cost;
    }
    expect(costs).toEqual({
      'artisan-page': 1,
      'course-catalogue': 4,
      'export-analysis': 256,
      'partner-listing': 14,
      'province-exports': 11,
      'province-overview': 1,
    });
  });
});

const SEARCH_ARTISANS = graphql(`
  query LimitsSearchArtisans($search: String) {
    artisans(filter: { search: $search }) {
      totalCount
    }
  }
`);

const CERTIFICATE = graphql(`
  query LimitsCertificate($serial: NonEmptyString!) {
    certificate(serial: $serial) {
      serial
    }
  }
`);

const CREATE_EXHIBITION = graphql(`
  mutation LimitsCreateExhibition($input: CreateExhibitionInput!) {
    createExhibition(input: $input) {
      exhibition {
        id
        description
      }
    }
  }
`);

describe('bounds on every string a caller gives', () => {
  /** Asserts a BAD_USER_INPUT refusal naming `argumentName` and the bound. */
  const expectTooLong = (response: GraphqlResponse<unknown>, argumentName: string, bound: number) => {
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(response.errors?.[0]?.message).toContain(`at most ${bound} characters`);
  };

  it('bounds search filters at 200 characters, given in a variable, a literal or a default, counted in characters', async () => {
    expect((await postGraphql(graph.url, SEARCH_ARTISANS, { search: 'a'.repeat(200) })).errors).toBeUndefined();
    expectTooLong(await postGraphql(graph.url, SEARCH_ARTISANS, { search: 'a'.repeat(201) }), 'filter.search', 200);
    expectTooLong(
      await postGraphql(graph.url, `{ artisans(filter: { search: "${'a'.repeat(201)}" }) { totalCount } }`),
      'filter.search',
      200,
    );
    expectTooLong(
      await postGraphql(graph.url, `query($s: String = "${'a'.repeat(201)}") { artisans(filter: { search: $s }) { totalCount } }`),
      'filter.search',
      200,
    );
    expectTooLong(
      await postGraphql(graph.url, `query($f: SourceFilter) { sources(filter: $f) { totalCount } }`, {
        f: { titleContains: 'x'.repeat(201) },
      }),
      'filter.titleContains',
      200,
    );
    // 200 characters outside the Basic Multilingual Plane are 400 UTF-16 units.
    expect((await postGraphql(graph.url, SEARCH_ARTISANS, { search: '🧶'.repeat(200) })).errors).toBeUndefined();
  });

  it('bounds other strings at 1,000 characters and prose fields at 10,000, writing nothing when refused', async () => {
    const found = await postGraphql(graph.url, CERTIFICATE, { serial: 'x'.repeat(1_000) });
    expect(found.errors).toBeUndefined();
    expect(found.data?.certificate).toBeNull();
    expectTooLong(await postGraphql(graph.url, CERTIFICATE, { serial: 'x'.repeat(1_001) }), 'serial', 1_000);

    const input = { name: 'Limits: a long description', countryCode: 'IQ', kind: 'INTERNATIONAL' as const, startsOn: '2030-05-01' };
    const written = await postGraphql(graph.url, CREATE_EXHIBITION, { input: { ...input, description: 'd'.repeat(10_000) } });
    expect(written.errors).toBeUndefined();
    expect(written.data?.createExhibition!.exhibition?.description).toHaveLength(10_000);
    const { rows: before } = await graph.db.query<{ count: string }>('SELECT count(*) FROM exhibitions.exhibition');
    expectTooLong(
      await postGraphql(graph.url, CREATE_EXHIBITION, { input: { ...input, description: 'd'.repeat(10_001) } }),
      'input.description',
      10_000,
    );
    expectTooLong(await postGraphql(graph.url, CREATE_EXHIBITION, { input: { ...input, name: 'n'.repeat(1_001) } }), 'input.name', 1_000);
    const { rows: after } = await graph.db.query<{ count: string }>('SELECT count(*) FROM exhibitions.exhibition');
    expect(after).toEqual(before);
  });
});

describe('the time limit of an operation', () => {
  it('answers 504 OPERATION_TIMEOUT past OPERATION_TIMEOUT_MS and ends its requests to subgraphs at once', async () => {
    // A trade subgraph that accepts requests and never answers them.
    const held: IncomingMessage[] = [];
    const silent = createServer((request) => void held.push(request));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const gateway = await graph.startGateway({
        limits: { operationTimeoutMs: 300 },
        subgraphClient: { timeoutMs: 20_000 },
        subgraphUrls: { trade: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql` },
      });
      const started = Date.now();
      const response = await postGraphql(gateway.url, '{ provinces { code } growthTargets { ratePercent } }');
      const elapsed = Date.now() - started;
      expect(response.status).toBe(504);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        {
          message: 'The operation took longer than 300 ms and was stopped; ask for less, or try again later.',
          extensions: { code: 'OPERATION_TIMEOUT' },
        },
      ]);
      expect(elapsed).toBeGreaterThanOrEqual(300);
      expect(elapsed).toBeLessThan(3_000);
      expect(held).toHaveLength(1);
      // The request to trade was aborted with the operation, not left to the subgraph timeout.
      await new Promise<void>((resolve) => (held[0].socket.destroyed ? resolve() : held[0].socket.once('close', () => resolve())));
      // A fast operation on the same gateway is not affected.
      expect((await postGraphql(gateway.url, '{ provinces { code } }')).errors).toBeUndefined();
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
