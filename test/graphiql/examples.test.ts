import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ApolloClient, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { buildSchema, isObjectType, parse, print, validate } from 'graphql';

import {
  ArtisanPageDocument,
  ExportAnalysisDocument,
  MemorandumDocument,
  PartnerListingDocument,
  ProvinceOverviewDocument,
} from '../../clients/typed/graphql';
import { possibleTypes, typePolicies } from '../../clients/typed/type-policies';
import { asAnonymous, type GraphqlTarget, targetOf } from '../support/access';
import { queryData } from '../support/graphql-client';
import { readDocumentation } from '../support/markdown-docs';
import {
  apolloCacheConfig,
  type GraphqlExample,
  GraphqlExampleError,
  hasIdField,
  KEYS_OF_TYPES_WITHOUT_ID,
  parseGraphqlExample,
  projectRoot,
  readGraphqlExamples,
  unselectedCacheKeys,
} from '../support/platform';
import { seedSyntheticExhibitions, seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { typeErrors } from '../support/type-errors';

const graph = useTestGraph();
const examplesFolder = path.join(projectRoot(), 'schema', 'examples');
const typedFolder = path.join(projectRoot(), 'clients', 'typed');

/** The typed document of each example, by operation name, as front-end code imports them from clients/typed. */
const TYPED_DOCUMENTS: Record<string, TypedDocumentNode<unknown, OperationVariables>> = {
  ArtisanPage: ArtisanPageDocument,
  ExportAnalysis: ExportAnalysisDocument,
  Memorandum: MemorandumDocument,
  PartnerListing: PartnerListingDocument,
  ProvinceOverview: ProvinceOverviewDocument,
};

/** The artisan the artisan page shows by default: the 30th of `npm run seed:synthetic` (default sizes). */
const SYNTHETIC_ARTISAN_30 = '3e6e17aa-7cd6-4e63-b49f-782546158d32';

let examples: GraphqlExample[];
beforeAll(async () => {
  examples = await readGraphqlExamples(examplesFolder);
});

/**
 * Returns Apollo Client calling the gateway as `target` says (a URL alone: the test admin), its cache keyed by the generated
 * type policies: an example that leaves out the key of an object it selects fails (Apollo Client's "Missing field").
 */
function apolloClient(target: GraphqlTarget): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: target.url, headers: { ...target.headers } }),
    cache: new InMemoryCache({ typePolicies, possibleTypes }),
  });
}

/** Returns the caller an example's header asks for: nobody for `Key: none`, the test admin otherwise. */
function callerFor(example: GraphqlExample): GraphqlTarget {
  return example.needsKey ? targetOf(graph.url) : asAnonymous(graph.url);
}

describe('the examples of schema/examples/', () => {
  it('are the five ready operations for the user groups, each saying who it is for and which key it needs', () => {
    expect(examples.map(({ name, operationName, key }) => ({ name, operationName, key }))).toEqual([
      {
        name: 'artisan-page',
        operationName: 'ArtisanPage',
        key: "analyst or admin (an artisan's enrolments and certificates are personal data)",
      },
      { name: 'export-analysis', operationName: 'ExportAnalysis', key: 'none' },
      { name: 'memorandum', operationName: 'Memorandum', key: 'none' },
      { name: 'partner-listing', operationName: 'PartnerListing', key: 'partner or analyst (exhibitors are personal data)' },
      { name: 'province-overview', operationName: 'ProvinceOverview', key: 'none' },
    ]);
    for (const example of examples) {
      expect(example.title).not.toBe('');
      expect(example.audience).not.toBe('');
      expect(example.notes.some((note) => note.startsWith('Defaults:'))).toBe(true);
    }
  });

  it('fit schema/api.graphql, and every variable has a default drawn from the built-in dataset (or may be null)', async () => {
    const schema = buildSchema(await readFile(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
    for (const example of examples) {
      expect([example.name, validate(schema, parse(example.document)).map((error) => error.message)]).toEqual([example.name, []]);
    }
    expect(examples.find((example) => example.name === 'partner-listing')?.defaultVariables).toEqual({
      countryCode: 'IQ',
      on: '2025-10-01',
      first: 10,
      after: null,
    });
    expect(examples.find((example) => example.name === 'memorandum')?.defaultVariables).toEqual({
      id: '0a9b0000-0000-4000-8000-000000000002',
      on: null,
    });
  });

  it('are the files the README shows, beside the other names front-end code relies on: schema/api.graphql, npm run codegen', async () => {
    const readme = readDocumentation('README.md');
    for (const example of examples) {
      expect(readme).toContain(`(schema/examples/${example.name}.graphql)`);
    }
    expect(readme).toContain('`schema/api.graphql` is the schema clients see');
    expect(readDocumentation('docs/using.md')).toContain('`schema/api.graphql` is the schema clients see');
    const { scripts } = JSON.parse(await readFile(path.join(projectRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.codegen).toMatch(/^graphql-codegen\b/);
  });

  it('refuse a file whose operation needs a variable it gives no default, or whose header says nothing of a key', () => {
    expect(() => parseGraphqlExample('x.graphql', '# X: y\n# For: z\n# Key: none\nquery X($id: ID!) { artisan(id: $id) { id } }')).toThrow(
      new GraphqlExampleError('x.graphql', '$id is required and has no default: give it one, so that the example runs as it is.'),
    );
    expect(() => parseGraphqlExample('x.graphql', '# X: y\n# For: z\nquery X { provinces { code } }')).toThrow(/no "# Key: …" line/);
  });
});

describe('the typed documents of clients/typed/ (npm run codegen)', () => {
  it('hold each example exactly as its file has it (`npm run typecheck` checks the rest of the output)', () => {
    expect(Object.keys(TYPED_DOCUMENTS).sort()).toEqual(examples.map((example) => example.operationName).sort());
    for (const example of examples) {
      expect(print(TYPED_DOCUMENTS[example.operationName])).toBe(print(parse(example.document)));
    }
  });

  it('select the key of every object they select, as the generated type policies of Apollo Client name it', async () => {
    const schema = buildSchema(await readFile(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
    for (const example of examples) {
      expect([example.name, unselectedCacheKeys(schema, parse(example.document))]).toEqual([example.name, []]);
    }
  });

  it('type policies (clients/typed/type-policies.ts) key every object type of schema/api.graphql; the keys listed by hand are of types without id only', async () => {
    const schema = buildSchema(await readFile(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
    const { typePolicies } = apolloCacheConfig(schema);
    expect(Object.keys(typePolicies)).toEqual(
      Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name))
        .map((type) => type.name)
        .sort((a, b) => a.localeCompare(b, 'en')),
    );
    // A listed type that is gone, or that now has `id: ID!` (keyed by it whatever the list says), is a line to remove.
    const stale = Object.keys(KEYS_OF_TYPES_WITHOUT_ID).filter((name) => {
      const type = schema.getType(name);
      return !isObjectType(type) || hasIdField(type);
    });
    expect(stale).toEqual([]);
  });

  it('type-check, strict, in code that uses them: data typed by the selection, every variable optional', () => {
    const consumer = examples
      .map(
        ({ operationName: name }) => `
          export const ${name}Typed: TypedDocumentNode<${name}Query, ${name}QueryVariables> = ${name}Document;
          export const ${name}RunsAsItIs: ${name}QueryVariables = {};`,
      )
      .join('\n');
    const wrongField = `
      declare const data: PartnerListingQuery;
      export const wrong = data.exhibitions?.edges[0].node.organiserEmail;`;
    const imports = `import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
      import { ${examples.map(({ operationName: name }) => `${name}Document, type ${name}Query, type ${name}QueryVariables`).join(', ')} } from './graphql';`;
    expect(typedConsumerErrors(`${imports}\n${consumer}`)).toEqual([]);
    // The types are the selection's, not `any`: a field the operation does not select is an error.
    expect(typedConsumerErrors(`${imports}\n${wrongField}`)).toEqual([expect.stringContaining("Property 'organiserEmail' does not exist")]);
  });
});

describe('each example, run as it is through Apollo Client against the gateway', () => {
  it('answers with data and no error, without a key where its header says none is needed', async () => {
    for (const example of examples) {
      const result = await apolloClient(callerFor(example)).query({
        query: TYPED_DOCUMENTS[example.operationName],
      });
      expect([example.name, result.error]).toEqual([example.name, undefined]);
      expect(result.data).toBeTruthy();
    }
  });

  it('partner listing: the Ilam Handicrafts Exhibition in Wasit, upcoming on 2025-10-01, with its crafts', async () => {
    const { data } = await apolloClient(targetOf(graph.url)).query({ query: PartnerListingDocument });
    const ilam = data?.exhibitions!.edges.find((edge) => edge.node.name === 'Ilam Handicrafts Exhibition')?.node;
    expect(ilam).toMatchObject({ region: 'Wasit', startsOn: '2025-10-10', status: 'UPCOMING', province: { code: 'IR-16' } });
    expect(ilam?.crafts.length).toBe(12);
  });

  it('province overview: Mazandaran, with the online course with Cheche', async () => {
    const { data } = await apolloClient(asAnonymous(graph.url)).query({ query: ProvinceOverviewDocument });
    expect(data?.province?.name).toBe('Mazandaran');
    expect(data?.province?.courses?.edges.map((edge) => edge.node.provider.name)).toContain('Cheche');
  });

  it('export analysis: 1403 by channel, with the sources of each total and the eight percent target', async () => {
    const { data } = await apolloClient(asAnonymous(graph.url)).query({ query: ExportAnalysisDocument });
    expect(data?.exportTotals!.map(({ solarYear, channel, valueUsd }) => ({ solarYear, channel, valueUsd }))).toEqual([
      { solarYear: 1403, channel: 'CUSTOMS', valueUsd: '224000000.00' },
      { solarYear: 1403, channel: 'SUITCASE', valueUsd: '224000000.00' },
    ]);
    expect(data?.exportTotals!.every((total) => total.figures.every((figure) => figure.sources.length > 0))).toBe(true);
    expect(data?.growthTargets!.map((target) => target.ratePercent)).toEqual(['8.00']);
  });

  it('memorandum: the TVTO memorandum with its two parties and every commitment', async () => {
    const { data } = await apolloClient(asAnonymous(graph.url)).query({ query: MemorandumDocument });
    expect(data?.agreement).toMatchObject({ signedOn: '2025-04-22', validUntil: '2028-04-21', term: 'FIXED' });
    expect(data?.agreement?.parties.map((party) => party.representedBy)).toEqual(['Maryam Jalali Dehkordi', 'Gholamhossein Mohammadi']);
    expect(data?.agreement?.commitments.length).toBeGreaterThan(5);
  });

  it('artisan page: null on the built-in dataset; after npm run seed:synthetic, synthetic artisan 30 with courses, certificates and exhibitions', async () => {
    expect((await queryData(graph.url, ArtisanPageDocument)).artisan).toBeNull();
    // The sizes `npm run seed:synthetic` uses by default; export figures play no part here.
    await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 1_000 }));
    await graph.subgraphs.exhibitions.dataSource.transaction((manager) =>
      seedSyntheticExhibitions(manager, { exhibitions: 200, artisans: 1_000 }),
    );
    const { data } = await apolloClient(targetOf(graph.url)).query({ query: ArtisanPageDocument });
    const artisan = data?.artisan;
    expect(artisan).toMatchObject({ id: SYNTHETIC_ARTISAN_30, name: 'Synthetic artisan 000030', isSynthetic: true });
    // Its courses ended before the seeding, so its results no longer depend on the day it is seeded.
    expect(artisan?.enrollmentsConnection?.edges.map((edge) => edge.node.status)).toEqual(['PASSED', 'PASSED']);
    expect(artisan?.certificatesConnection?.totalCount).toBe(2);
    expect(artisan?.certificatesConnection?.edges).toHaveLength(2);
    expect(artisan?.exhibitions?.totalCount).toBe(3);
  });
});

/** Returns the TypeScript errors of `source`, a module beside the generated files in clients/typed/, compiled strictly with them. */
function typedConsumerErrors(source: string): string[] {
  return typeErrors(source, path.join(typedFolder, '__consumer__.ts'), [path.join(typedFolder, 'index.ts')]);
}
