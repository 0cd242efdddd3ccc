import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { parse } from 'graphql';
import { ClientError } from 'graphql-request';

import { artisanPageWithApolloClient } from '../../clients/examples/apollo-client';
import { artisanPageWithGraphqlRequest } from '../../clients/examples/graphql-request';
import { artisanPageWithUrql } from '../../clients/examples/urql';
import { possibleTypes, typePolicies } from '../../clients/typed/type-policies';
import { graphql } from '../generated';
import type { ClientsProvinceNameQuery, ClientsProvinceNameQueryVariables } from '../generated/graphql';
import { createTestKey, TEST_ADMIN_KEY } from '../support/access';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { fencedBlocks } from '../support/markdown-docs';
import { gatewayLimitsFromEnv, type ListeningGraphqlServer, projectRoot, Role } from '../support/platform';
import { seedSyntheticExhibitions, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** The examples of docs/using.md, each a file of clients/examples/ that the documentation shows word for word. */
const EXAMPLES = [
  { file: 'clients/examples/apollo-client.ts', run: artisanPageWithApolloClient },
  { file: 'clients/examples/urql.ts', run: artisanPageWithUrql },
  { file: 'clients/examples/graphql-request.ts', run: artisanPageWithGraphqlRequest },
];

/** The artisan the artisan page example shows by default: the 30th of `npm run seed:synthetic`, not listed publicly. */
const SYNTHETIC_ARTISAN_30 = '3e6e17aa-7cd6-4e63-b49f-782546158d32';

/** A key of the graph's shape that the access subgraph never issued. */
const UNKNOWN_KEY = 'hg_unknown0_0123456789abcdefghijklmnopqrstuv';

/** A query of one point, as Apollo Client takes it: a parsed document. */
const PROVINCE_NAME: TypedDocumentNode<ClientsProvinceNameQuery, ClientsProvinceNameQueryVariables> = parse(
  String(
    graphql(`
      query ClientsProvinceName($code: ProvinceCode! = "IR-16") {
        province(code: $code) {
          id
          code
          name
        }
      }
    `),
  ),
);

/** Returns the media type of a response, without its parameters. */
function mediaTypeOf(response: Response): string | undefined {
  return response.headers.get('content-type')?.split(';')[0];
}

/** Returns what Apollo Client 4, as a front-end team sets it up (generated policies, default error policy), makes of one query to `uri`. */
async function apolloQuery(uri: string, headers: Record<string, string> = {}) {
  const client = new ApolloClient({
    link: new HttpLink({ uri, headers }),
    cache: new InMemoryCache({ typePolicies, possibleTypes }),
  });
  return client.query({ query: PROVINCE_NAME });
}

describe('the client examples of docs/using.md (clients/examples/)', () => {
  it('are in docs/using.md word for word, each a block naming its file', () => {
    const blocks = fencedBlocks('docs/using.md').filter((block) => block.language === 'ts');
    for (const { file } of EXAMPLES) {
      const text = readFileSync(path.join(projectRoot(), file), 'utf8').trimEnd();
      expect([file, blocks.some((block) => block.text === text)]).toEqual([file, true]);
    }
  });

  describe('with a partner key on the synthetic data, the page of an artisan it did not train', () => {
    let partnerKey: string;
    beforeAll(async () => {
      // The sizes `npm run seed:synthetic` uses by default.
      await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 1_000 }));
      await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
        seedSyntheticExhibitions(manager, { exhibitions: 200, artisans: 1_000 }),
      );
      partnerKey = await createTestKey(graph.subgraphs.access.dataSource, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche);
    });

    it.each(EXAMPLES)(
      '$file answers the data, with FORBIDDEN at the path of each field the key may not see, and throws nothing',
      async ({ run }) => {
        const { data, errors } = await run(partnerKey, SYNTHETIC_ARTISAN_30, graph.url);
        expect(data?.artisan).toMatchObject({ id: SYNTHETIC_ARTISAN_30, name: null, province: null, enrollmentsConnection: null });
        expect(data?.artisan?.exhibitions).toMatchObject({ totalCount: expect.any(Number) });
        expect(errors.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual(
          ['certificatesConnection', 'crafts', 'enrollmentsConnection', 'isSynthetic', 'name', 'province'].map((field) => [
            `artisan.${field}`,
            'FORBIDDEN',
          ]),
        );
        expect(errors[0].message).toMatch(/not listed publicly/);
      },
    );

    it("answers the same data and errors through all three libraries, and an admin's key sees every field", async () => {
      const answers = await Promise.all(EXAMPLES.map(({ run }) => run(partnerKey, SYNTHETIC_ARTISAN_30, graph.url)));
      const comparable = answers.map(({ data, errors }) => ({
        data,
        errors: errors
          .map((error) => ({ path: error.path, code: error.extensions?.code }))
          .sort((a, b) => String(a.path).localeCompare(String(b.path))),
      }));
      // Apollo Client adds __typename to every selection; the others answer what the document asks.
      expect(comparable[0]).toEqual({ ...comparable[1], data: expect.anything() });
      expect(JSON.parse(JSON.stringify(comparable[0].data, (key, value: unknown) => (key === '__typename' ? undefined : value)))).toEqual(
        comparable[1].data,
      );
      expect(comparable[2]).toEqual(comparable[1]);
      const admin = await artisanPageWithUrql(TEST_ADMIN_KEY, SYNTHETIC_ARTISAN_30, graph.url);
      expect(admin.errors).toEqual([]);
      expect(admin.data?.artisan).toMatchObject({ name: 'Synthetic artisan 000030' });
    });
  });

  it('say UNAUTHENTICATED for an unknown key: Apollo Client and urql among the errors, graphql-request in its ClientError', async () => {
    const unauthenticated = [{ message: expect.stringContaining('unknown'), extensions: { code: 'UNAUTHENTICATED' } }];
    expect(await artisanPageWithApolloClient(UNKNOWN_KEY, SYNTHETIC_ARTISAN_30, graph.url)).toEqual({
      data: undefined,
      errors: unauthenticated,
    });
    const urql = await artisanPageWithUrql(UNKNOWN_KEY, SYNTHETIC_ARTISAN_30, graph.url);
    expect(urql.errors.map(({ message, extensions }) => ({ message, extensions }))).toEqual(unauthenticated);
    const refused = await artisanPageWithGraphqlRequest(UNKNOWN_KEY, SYNTHETIC_ARTISAN_30, graph.url).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ClientError);
    expect((refused as ClientError).response).toMatchObject({ status: 401, errors: unauthenticated });
  });
});

describe('refusals before GraphQL runs, in the media type the client asks for', () => {
  const refusedKey = { authorization: `Bearer ${UNKNOWN_KEY}` };

  it('401: application/graphql-response+json to a client that prefers it, application/json to one that asks for JSON or anything', async () => {
    const body = JSON.stringify({ query: '{ provinces { code } }' });
    const post = (accept?: string) =>
      fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...refusedKey, ...(accept ? { accept } : {}) },
        body,
      });
    const graphqlResponse = await post('application/graphql-response+json, application/json;q=0.9');
    expect([graphqlResponse.status, mediaTypeOf(graphqlResponse)]).toEqual([401, 'application/graphql-response+json']);
    expect(await graphqlResponse.json()).toEqual({
      errors: [{ message: expect.stringContaining('unknown'), extensions: { code: 'UNAUTHENTICATED' } }],
    });
    for (const accept of ['application/json', '*/*', undefined]) {
      const json = await post(accept);
      expect([accept, json.status, mediaTypeOf(json)]).toEqual([accept, 401, 'application/json']);
      expect(((await json.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('401 through Apollo Client: a CombinedGraphQLErrors with the code, not a bare ServerError', async () => {
    const error = await apolloQuery(graph.url, refusedKey).catch((caught: unknown) => caught);
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect((error as CombinedGraphQLErrors).errors[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('429 and other early refusals', () => {
    let gateway: ListeningGraphqlServer;
    beforeAll(async () => {
      const defaults = gatewayLimitsFromEnv();
      gateway = await graph.startGateway({
        limits: {
          perAddress: { ...defaults.perAddress, unauthenticated: 2 },
          // A budget of its own: three points for anonymous callers.
          rateLimit: {
            ...defaults.rateLimit,
            keyPrefix: `handicrafts-graph-test:${randomUUID()}`,
            points: { ...defaults.rateLimit.points, [Role.ANONYMOUS]: 3 },
          },
        },
      });
    });

    it("429 of the budget: Apollo Client reads RATE_LIMITED and the raw answer says it in the client's media type", async () => {
      for (let spent = 0; spent < 3; spent++) {
        await apolloQuery(gateway.url);
      }
      const error = await apolloQuery(gateway.url).catch((caught: unknown) => caught);
      expect(CombinedGraphQLErrors.is(error)).toBe(true);
      expect((error as CombinedGraphQLErrors).errors[0].extensions?.code).toBe('RATE_LIMITED');
      const raw = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ provinces { code } }' }),
      });
      expect([raw.status, mediaTypeOf(raw)]).toEqual([429, 'application/graphql-response+json']);
    });

    it('429 per address after its 401s: Apollo Client reads RATE_LIMITED', async () => {
      for (let refused = 0; refused < 2; refused++) {
        await apolloQuery(gateway.url, refusedKey).catch(() => undefined);
      }
      const error = await apolloQuery(gateway.url, refusedKey).catch((caught: unknown) => caught);
      expect(CombinedGraphQLErrors.is(error)).toBe(true);
      expect((error as CombinedGraphQLErrors).errors[0].extensions?.code).toBe('RATE_LIMITED');
    });

    it('413, a body that is not JSON, nesting too deep, CSRF and an unknown path: each in the media type asked for, with its code', async () => {
      const accept = 'application/graphql-response+json, application/json;q=0.9';
      const post = (body: string) => fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
      const refusals = [
        {
          answer: await post(JSON.stringify({ query: '{ provinces { code } }', variables: { big: 'x'.repeat(2 * 1024 * 1024) } })),
          code: 'BAD_REQUEST',
        },
        { answer: await post('{ not json'), code: 'BAD_REQUEST' },
        {
          answer: await post(JSON.stringify({ query: `{ provinces ${'{ code '.repeat(100)}${'}'.repeat(100)} }` })),
          code: 'NESTING_TOO_DEEP',
        },
        {
          answer: await fetch(`${graph.url}?query=${encodeURIComponent('{ provinces { code } }')}`, { headers: { accept } }),
          code: 'BAD_REQUEST',
        },
        { answer: await fetch(new URL('/nothing-here', graph.url), { headers: { accept } }), code: 'NOT_FOUND' },
      ];
      for (const { answer, code } of refusals) {
        const body = (await answer.json()) as { errors: Array<{ extensions: { code: string } }> };
        expect([answer.status >= 400, mediaTypeOf(answer), body.errors[0].extensions.code]).toEqual([
          true,
          'application/graphql-response+json',
          code,
        ]);
      }
    });
  });
});

describe('automatic persisted queries (APQ), with Apollo Client 4 and its persisted query link', () => {
  it('sends the hash alone once the gateway knows it, and the whole query only the first time', async () => {
    const sent: Array<{ query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }> = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      sent.push(JSON.parse(String(init?.body)) as (typeof sent)[number]);
      return fetch(input, init);
    };
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const client = () =>
      new ApolloClient({
        link: createPersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: graph.url, fetch: recordingFetch })),
        cache: new InMemoryCache(),
      });
    const first = await client().query({ query: PROVINCE_NAME });
    const second = await client().query({ query: PROVINCE_NAME });
    expect(first.data?.province).toEqual({ __typename: 'Province', id: 'Province:IR-16', code: 'IR-16', name: 'Ilam' });
    expect(second.data).toEqual(first.data);
    // The first client: the hash alone, answered PersistedQueryNotFound, then the hash with the query. The second: the hash alone.
    expect(sent.map((body) => [body.query === undefined ? 'hash' : 'hash and query', body.extensions?.persistedQuery?.sha256Hash])).toEqual(
      [
        ['hash', expect.stringMatching(/^[0-9a-f]{64}$/)],
        ['hash and query', sent[0].extensions?.persistedQuery?.sha256Hash],
        ['hash', sent[0].extensions?.persistedQuery?.sha256Hash],
      ],
    );
  });
});
