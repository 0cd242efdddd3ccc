import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { type DocumentNode, Kind, parse } from 'graphql';

import { asAnonymous, createTestKey, type Endpoint, targetOf, withKey } from '../support/access';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { type GraphqlResponse, postGraphql } from '../support/graphql-client';
import { Role } from '../support/platform';
import { runBuilt } from '../support/processes';
import { projectRoot } from '../support/project-root';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();

/** The small document set a front-end team would write; the client preset turns it into `persisted-documents.json`. */
const DOCUMENTS = {
  'provinces.graphql': 'query TrustedProvinces { provinces { code name } }',
  'partner-listing.graphql': null,
  'audit.graphql': 'query TrustedAuditTrail { auditEvents(first: 1) { totalCount } }',
  'artisan.graphql':
    'mutation TrustedNewArtisan($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } error { code } } }',
  // Six aggregates cost 1,200 points: over the cost limit of 1,000, as text or as a trusted document.
  'costly.graphql': `query TrustedCostly { ${['a', 'b', 'c', 'd', 'e', 'f'].map((alias) => `${alias}: exportTotals(groupBy: [YEAR]) { valueUsd }`).join(' ')} }`,
};

/** The manifest the client preset wrote: id (`sha256:<hex>`) to document text. */
let manifest: Record<string, string>;
let manifestFile: string;
let directory: string;

/** Returns the manifest's id of the operation of this name. */
function idOf(operationName: string): string {
  const found = Object.entries(manifest).find(([, text]) => operationNameOf(parse(text)) === operationName);
  if (!found) {
    throw new Error(`No document of the manifest defines ${operationName}`);
  }
  return found[0];
}

function operationNameOf(document: DocumentNode): string | undefined {
  return document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value] : []))[0];
}

/** Runs `npm run documents -- ...args` (built) against the test graph's database; returns its exit code and output. */
async function documentsCommand(...args: string[]): Promise<{ code: number | null; output: string }> {
  const command = runBuilt('scripts/documents.js', { DATABASE_URL: graph.databaseUrl }, [], args);
  const code = await command.exited;
  return { code, output: command.output() };
}

/** Posts a GraphQL-over-HTTP request body as it is (a `documentId`, extensions…) and returns the answer. */
async function postBody(endpoint: Endpoint, body: Record<string, unknown>, accept?: string): Promise<GraphqlResponse<unknown>> {
  const { url, headers } = targetOf(endpoint);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

/** The parts of two answers that must agree: data and errors (the budget's remaining points differ). */
function dataAndErrors(answer: GraphqlResponse<unknown>) {
  return { status: answer.status, data: answer.data, errors: answer.errors };
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'trusted-documents-'));
  for (const [file, text] of Object.entries(DOCUMENTS)) {
    const content = text ?? (await readFile(path.join(projectRoot(), 'schema', 'examples', file), 'utf8'));
    await writeFile(path.join(directory, file), content);
  }
  // As a front-end team's codegen configuration would: the client preset with persisted documents, and `__typename` where
  // Apollo Client wants it. GraphQL Code Generator's command runs as a process: jest cannot load its ES modules.
  const config = path.join(directory, 'codegen.cjs');
  await writeFile(
    config,
    `module.exports = ${JSON.stringify({
      schema: path.join(projectRoot(), 'schema', 'api.graphql'),
      documents: [path.join(directory, '*.graphql')],
      generates: {
        [path.join(directory, 'typed') + '/']: { preset: 'client', presetConfig: { persistedDocuments: true, fragmentMasking: false } },
      },
    })};
module.exports.generates[${JSON.stringify(path.join(directory, 'typed') + '/')}].documentTransforms = [
  require(${JSON.stringify(require.resolve('@graphql-codegen/client-preset'))}).addTypenameSelectionDocumentTransform,
];
`,
  );
  await promisify(execFile)(path.join(projectRoot(), 'node_modules', '.bin', 'graphql-codegen'), ['--config', config, '--errors-only'], {
    cwd: projectRoot(),
  });
  manifestFile = path.join(directory, 'typed', 'persisted-documents.json');
  manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, string>;
  const added = await documentsCommand('add', manifestFile);
  expect(added).toEqual({ code: 0, output: expect.stringContaining('Registered 5 documents') as string });
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('npm run documents', () => {
  it("registers the client preset's manifest: ids are `sha256:` and the SHA-256 of each text, stored once", async () => {
    expect(Object.keys(manifest)).toHaveLength(5);
    for (const [id, text] of Object.entries(manifest)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
    expect(manifest[idOf('TrustedProvinces')]).toContain('__typename');
    expect(await documentsCommand('add', manifestFile)).toEqual({
      code: 0,
      output: expect.stringContaining('0 new, 5 registered already') as string,
    });
    const list = await documentsCommand('list');
    expect(list.code).toBe(0);
    expect(list.output).toContain(`${idOf('TrustedProvinces')}  added `);
    expect(list.output).toMatch(/ {2}PartnerListing\n/);
  });

  it('refuses a manifest whose hash does not match a text, writing none of its documents', async () => {
    const fresh = 'query TrustedNewcomer { crafts { slug } }';
    const file = path.join(directory, 'tampered.json');
    await writeFile(
      file,
      JSON.stringify({
        [`sha256:${createHash('sha256').update(fresh).digest('hex')}`]: fresh,
        [idOf('TrustedProvinces')]: '{ provinces { code name nameFa } }',
      }),
    );
    const before = await graph.db.query<{ count: string }>('SELECT count(*) FROM access.trusted_document');
    const refused = await documentsCommand('add', file);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`"${idOf('TrustedProvinces')}": the SHA-256 of its document is `);
    expect(await graph.db.query<{ count: string }>('SELECT count(*) FROM access.trusted_document')).toMatchObject({ rows: before.rows });
    expect(await documentsCommand('add')).toMatchObject({ code: 2 });
  });

  it('removes a document: gateways refuse its id within a second', async () => {
    const text = 'query TrustedRemoved { crafts { slug } }';
    const id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    const file = path.join(directory, 'removed.json');
    await writeFile(file, JSON.stringify({ [id]: text }));
    expect((await documentsCommand('add', file)).code).toBe(0);
    expect((await postBody(asAnonymous(graph.url), { documentId: id })).data).toMatchObject({ crafts: expect.any(Array) as unknown });

    expect(await documentsCommand('remove', id)).toEqual({ code: 0, output: expect.stringContaining(`Removed ${id}`) as string });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const gone = await postBody(asAnonymous(graph.url), { documentId: id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
    expect((await documentsCommand('remove', id)).code).toBe(1);
  });
});

describe('a documentId request', () => {
  it('answers as the same text sent as `query` does, by POST and by GET', async () => {
    const id = idOf('TrustedProvinces');
    const byText = await postGraphql(asAnonymous(graph.url), manifest[id]);
    expect(byText.errors).toBeUndefined();
    const byId = await postBody(asAnonymous(graph.url), { documentId: id });
    expect(dataAndErrors(byId)).toEqual(dataAndErrors(byText));
    // The hex alone, as Apollo writes ids, names the same document.
    expect(dataAndErrors(await postBody(asAnonymous(graph.url), { documentId: id.slice('sha256:'.length) }))).toEqual(
      dataAndErrors(byText),
    );

    const listing = idOf('PartnerListing');
    const variables = { countryCode: 'IQ', on: '2025-10-01', first: 5 };
    const get = await fetch(`${graph.url}?${new URLSearchParams({ documentId: listing, variables: JSON.stringify(variables) })}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: targetOf(graph.url).headers.authorization },
    });
    const listingByText = await postGraphql(graph.url, manifest[listing], variables);
    expect(listingByText.errors).toBeUndefined();
    expect({ status: get.status, ...((await get.json()) as { data: unknown }) }).toMatchObject({ status: 200, data: listingByText.data });
  });

  it('refuses an unknown id with PERSISTED_DOCUMENT_NOT_FOUND: 400, or 200 to a client that accepts only application/json', async () => {
    const unknown = `sha256:${'0'.repeat(64)}`;
    const refused = await postBody(asAnonymous(graph.url), { documentId: unknown, variables: {} }, 'application/graphql-response+json');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(refused.errors).toEqual([
      { message: expect.stringContaining(`"${unknown}"`) as string, extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND' } },
    ]);
    expect(refused.data).toBeUndefined();
    const toJsonClient = await postBody(asAnonymous(graph.url), { documentId: 'x-custom:42' }, 'application/json');
    expect([toJsonClient.status, toJsonClient.errors?.[0]?.extensions?.code]).toEqual([200, 'PERSISTED_DOCUMENT_NOT_FOUND']);

    const both = await postBody(asAnonymous(graph.url), { documentId: idOf('TrustedProvinces'), query: '{ __typename }' });
    expect([both.status, both.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
    const notText = await postBody(asAnonymous(graph.url), { documentId: 42 });
    expect([notText.status, notText.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('meets the limits, the authorization and the audit trail that the same text meets: the cost limit, a FORBIDDEN field, a mutation recorded', async () => {
    const costly = idOf('TrustedCostly');
    const costlyById = await postBody(asAnonymous(graph.url), { documentId: costly });
    expect(costlyById.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'cost', max: 1000 } });
    expect(dataAndErrors(costlyById)).toEqual(dataAndErrors(await postGraphql(asAnonymous(graph.url), manifest[costly])));

    // The audit trail is for admins: a partner is refused it.
    const partner = withKey(
      graph.url,
      await createTestKey(graph.subgraphs.access.dataSource, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche),
    );
    const audit = idOf('TrustedAuditTrail');
    const auditById = await postBody(partner, { documentId: audit });
    expect(auditById.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(dataAndErrors(auditById)).toEqual(dataAndErrors(await postGraphql(partner, manifest[audit])));
    expect((await postBody(graph.url, { documentId: audit })).data).toMatchObject({
      auditEvents: { totalCount: expect.any(Number) as unknown },
    });

    // A mutation run by its id is in the audit trail under its operation's name, as when sent as text.
    const created = await postBody(graph.url, {
      documentId: idOf('TrustedNewArtisan'),
      variables: { input: { name: 'Artisan of a trusted document', provinceCode: 'IR-16' } },
    });
    const artisanId = (created.data as { createArtisan: { artisan: { id: string } } }).createArtisan.artisan.id;
    const recorded = await graph.db.query<{ operation_name: string; outcome: string }>(
      'SELECT operation_name, outcome FROM access.audit_event WHERE $1 = ANY(target_ids)',
      [artisanId],
    );
    expect(recorded.rows).toEqual([{ operation_name: 'TrustedNewArtisan', outcome: 'SUCCEEDED' }]);
  });
});

describe("Apollo Client's persisted query link", () => {
  /** Returns Apollo Client sending only the manifest's id of each operation (by its name, as Apollo's manifest tooling does), and the bodies it sent. */
  function persistedClient(url: string) {
    const sent: Array<Record<string, unknown>> = [];
    const client = new ApolloClient({
      link: new PersistedQueryLink({ generateHash: (document) => idOf(operationNameOf(document) ?? '') }).concat(
        new HttpLink({
          uri: url,
          fetch: (input, init) => {
            sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
            return fetch(input, init);
          },
        }),
      ),
      cache: new InMemoryCache(),
    });
    return { client, sent };
  }

  it('runs trusted documents by their ids alone, with TRUSTED_DOCUMENTS=allow and =only', async () => {
    const only = await graph.startGateway({ trustedDocuments: { mode: 'only', roles: new Set([Role.ANONYMOUS, Role.PARTNER]) } });
    for (const url of [graph.url, only.url]) {
      const { client, sent } = persistedClient(url);
      const { data } = await client.query({ query: parse(DOCUMENTS['provinces.graphql']) });
      expect((data as { provinces: unknown[] }).provinces).toHaveLength(31);
      expect(sent).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ persistedQuery: { version: 1, sha256Hash: idOf('TrustedProvinces') } }) as unknown,
        }) as unknown,
      ]);
      expect(sent[0]).not.toHaveProperty('query');
    }
  });
});

describe('TRUSTED_DOCUMENTS=only for anonymous and partner callers', () => {
  it('refuses their operation text, registrations of automatic persisted queries and unknown hashes, and lets analysts and admins send text', async () => {
    const only = await graph.startGateway({ trustedDocuments: { mode: 'only', roles: new Set([Role.ANONYMOUS, Role.PARTNER]) } });
    const partner = await createTestKey(graph.subgraphs.access.dataSource, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche);
    const analyst = await createTestKey(graph.subgraphs.access.dataSource, Role.ANALYST);
    const text = '{ provinces { code } }';
    const hash = createHash('sha256').update(text).digest('hex');

    for (const caller of [asAnonymous(only.url), withKey(only.url, partner)]) {
      const refused = await postGraphql(caller, text);
      expect([refused.status, refused.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_DOCUMENT_REQUIRED']);
      expect(refused.errors?.[0]?.message).toMatch(/send `documentId`/);
      const registration = await postBody(caller, { query: text, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(registration.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
      const unknownHash = await postBody(caller, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(unknownHash.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_NOT_FOUND');
      expect((await postBody(caller, { documentId: idOf('TrustedProvinces') })).data).toMatchObject({
        provinces: expect.any(Array) as unknown,
      });
    }
    for (const caller of [withKey(only.url, analyst), only.url]) {
      const answer = await postGraphql(caller, text);
      expect([answer.status, answer.errors]).toEqual([200, undefined]);
    }
  });
});

describe('automatic persisted queries, with TRUSTED_DOCUMENTS=allow', () => {
  it('still register a hash with its text and answer the hash alone afterwards', async () => {
    const text = '{ crafts { slug name } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') };
    const caller = asAnonymous(graph.url);
    expect((await postBody(caller, { extensions: { persistedQuery } })).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await postBody(caller, { query: text, extensions: { persistedQuery } })).errors).toBeUndefined();
    const byHash = await postBody(caller, { extensions: { persistedQuery } });
    expect([byHash.errors, byHash.data]).toEqual([undefined, expect.objectContaining({ crafts: expect.any(Array) as unknown })]);
  });
});
