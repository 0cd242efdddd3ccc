// @durationSeconds 58 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { randomUUID } from 'node:crypto';

import { getIntrospectionQuery, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

import { graphql } from '../generated';
import { asAnonymous, withKey } from '../support/access';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { postGraphql } from '../support/graphql-client';
import {
  createGraphqlServer,
  createLogger,
  type ListeningGraphqlServer,
  type Logger,
  requestContextFields,
  Role,
  serveGraphql,
  ServerMetrics,
} from '../support/platform';
import { createApiKey } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();
let production: ListeningGraphqlServer;
beforeAll(async () => {
  production = await graph.startGateway({ production: true });
});

const TYPENAME = graphql(`
  query ProductionTypename {
    __typename
  }
`);

/** Returns a new key of `role` (a partner's for Cheche). */
async function keyOf(role: Role.PARTNER | Role.ANALYST | Role.ADMIN): Promise<string> {
  const { key } = await createApiKey(graph.subgraphs.access.dataSource, {
    role,
    organizationId: role === Role.PARTNER ? BUILTIN_ORGANIZATION_IDS.cheche : null,
    name: `production test ${randomUUID().slice(0, 8)}`,
  });
  return key;
}

describe('NODE_ENV=production on the gateway', () => {
  it('suggests no schema names in errors about fields, arguments, input fields or enum values', async () => {
    const misspelt = [
      { query: '{ provinces { nme } }', suggested: '"name"' },
      { query: '{ artisans(filtr: {}) { totalCount } }', suggested: '"filter"' },
      {
        query: 'query($filter: ArtisanFilter) { artisans(filter: $filter) { totalCount } }',
        variables: { filter: { serch: 'a' } },
        suggested: '"search"',
      },
      {
        query: 'query($by: [ExportGrouping!]!) { exportTotals(groupBy: $by) { valueUsd } }',
        variables: { by: ['YEARS'] },
        suggested: '"YEAR"',
      },
      { query: '{ exportTotals(groupBy: [YEARS]) { valueUsd } }', suggested: '"YEAR"' },
    ];
    for (const { query, variables, suggested } of misspelt) {
      const developing = await postGraphql(graph.url, query, variables);
      expect(developing.errors?.[0]?.message).toContain(`Did you mean`);
      expect(developing.errors?.[0]?.message).toContain(suggested);
      const answered = await postGraphql(production.url, query, variables);
      expect(answered.status).toBe(400);
      expect(answered.errors?.length).toBeGreaterThan(0);
      for (const error of answered.errors!) {
        expect(error.message).not.toContain('Did you mean');
        expect(error.message).not.toContain(suggested);
      }
    }
  });

  it('keeps introspection for analysts and admins: others get FORBIDDEN (403); __typename is open to all', async () => {
    const introspection = getIntrospectionQuery();
    for (const caller of [asAnonymous(production.url), withKey(production.url, await keyOf(Role.PARTNER))]) {
      for (const query of [
        introspection,
        '{ __type(name: "Artisan") { fields { name } } }',
        '{ ...F } fragment F on Query { __schema { queryType { name } } }',
      ]) {
        const refused = await postGraphql(caller, query);
        expect(refused.status).toBe(403);
        expect(refused.data).toBeUndefined();
        expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      }
      expect((await postGraphql(caller, TYPENAME)).data).toEqual({ __typename: 'Query' });
    }
    for (const caller of [withKey(production.url, await keyOf(Role.ANALYST)), production.url]) {
      const answered = await postGraphql<{ __schema: { types: unknown[] } }>(caller, introspection);
      expect(answered.errors).toBeUndefined();
      expect(answered.data?.__schema.types.length).toBeGreaterThan(50);
    }
    // Outside production, GraphiQL and code generators need no key.
    expect((await postGraphql(asAnonymous(graph.url), introspection)).errors).toBeUndefined();
  });

  it('prevents CSRF: a GET query needs a header a plain form or link cannot send; POSTed forms are refused', async () => {
    const get = (headers: Record<string, string>) =>
      fetch(`${production.url}?query=${encodeURIComponent('{ provinces { code } }')}`, { headers });
    const plain = await get({});
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await get({ 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { data: { provinces: unknown[] } }).data.provinces).toHaveLength(31);
    const form = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(form.status).toBe(400);
  });

  it('writes no stack trace into any error', async () => {
    for (const query of ['{ provinces {', '{ nothing }', '{ artisans(first: 0) { totalCount } }']) {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(await response.text()).not.toMatch(/stacktrace|\n\s+at |\.ts:\d+|\.js:\d+/);
    }
  });
});

describe('unexpected errors in production, on any server of the graph', () => {
  /** Starts a server with the graph's shared settings whose one field fails as a bug would, logging into `lines`. */
  async function serverWithABug(production: boolean, lines: Array<Record<string, unknown>>): Promise<ListeningGraphqlServer> {
    const base = createLogger('production-test');
    const capture = (level: string) => (message: string, fields?: Record<string, unknown>) =>
      void lines.push({ level, message, ...fields });
    const logger: Logger = { ...base, error: capture('error'), warn: capture('warn'), child: () => logger };
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          broken: {
            type: GraphQLString,
            resolve: () => {
              throw new Error('connect ECONNREFUSED 10.0.0.5:5432 in /srv/graph/services/secret.ts:12');
            },
          },
        },
      }),
    });
    return serveGraphql({
      name: 'server with a bug',
      port: 0,
      host: '127.0.0.1',
      server: createGraphqlServer({ schema, log: logger, production }),
      context: async (_request, scope) => requestContextFields(scope),
      readiness: async () => ({ ready: true, checks: {} }),
      logger,
      metrics: new ServerMetrics('production-test'),
      maxBodyBytes: 1024 * 1024,
      graphqlErrorStatus: 'always-200',
      shutdownGraceMs: 1_000,
    });
  }

  it('answers with the code and the request id only, the details being in the log under that id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const server = await serverWithABug(true, lines);
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'production-test-1' },
        body: JSON.stringify({ query: '{ broken }' }),
      });
      expect(await response.json()).toEqual({
        data: { broken: null },
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'production-test-1' } }],
      });
      const logged = lines.find((line) => line.message === 'unexpected error while executing an operation');
      expect(logged).toMatchObject({ level: 'error', path: 'broken' });
      expect(String((logged?.err as Error | undefined)?.message)).toContain('ECONNREFUSED');
    } finally {
      await server.close();
    }
    // Outside production the caller also gets where it failed.
    const developing = await serverWithABug(false, []);
    try {
      const answered = await postGraphql(developing.url, '{ broken }');
      expect(answered.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['broken'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
    } finally {
      await developing.close();
    }
  });
});
