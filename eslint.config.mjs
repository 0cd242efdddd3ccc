// ESLint: JavaScript's and typescript-eslint's recommended rules, with imports kept sorted; graphql-eslint's schema
// rules over the API schema clients see, and its operation rules over the ready operations of schema/examples/.
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

// One GraphQL config for both GraphQL blocks: graphql-eslint loads it once per process, for whichever file comes first.
const graphQLConfig = { schema: 'schema/api.graphql', documents: 'schema/examples/*.graphql' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'test-results/', 'test/generated/', 'clients/typed/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // type-graphql and TypeORM take classes as `Function` (resolvers, entities, migrations).
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The GraphiQL page's script runs in the browser, served as it is.
    files: ['gateway/graphiql/browser/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', requestAnimationFrame: 'readonly' },
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: ['gateway/graphiql/browser/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // schema/api.graphql: what clients see (the subgraphs' SDL is printed from the same code and carries federation's
    // directives, which these rules do not know; describing and naming are checked there by test/schema/schema-files.test.ts).
    files: ['schema/api.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // From schema-all: a subgraph that cannot answer nulls its own root fields only (docs/using.md, partial answers).
      '@graphql-eslint/require-nullable-result-in-root': 'error',
      '@graphql-eslint/relay-edge-types': [
        'error',
        {
          // Short, whole lists stay plain lists on purpose: a record's citations, parties and commitments, the catalogue
          // (31 provinces, the crafts), computed totals; every list that grows with the data is a connection.
          listTypeCanWrapOnlyEdgeType: false,
          // Four connections list records that are not `Node`s yet: enrolments, certificates and audit events (personal or
          // admins' records, which `node(id:)` would have to show as each caller's sight of them allows) and export markets
          // (no id of their own). The rule cannot name exceptions, so it is off for all; every other edge's node is a Node.
          shouldImplementNode: false,
        },
      ],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            // Connections, edges and mutation payloads are wrappers, never cached on their own.
            suffixes: ['Connection', 'Edge', 'Payload'],
            types: [
              // Wrappers and the caller: page facts, a refusal, who is calling (one per request, not a record).
              'PageInfo',
              'MutationError',
              'Viewer',
              // Values that belong to their parent and have no identity of their own: citations, parts of an
              // agreement, an HS code of a craft, computed totals, shares, counts and progress, a solar year's days.
              'AgreementCommitment',
              'AgreementParty',
              'Attribution',
              'CraftHsCode',
              'Derivation',
              'ExportTotal',
              'GrowthTargetProgress',
              'MarketShare',
              'SourceFacts',
              'Speaker',
              'TradePeriod',
              'UsedDerivation',
              'WorldCraftDesignationCount',
              // A market entry is named by its country and group; it has no identity of its own in the API (not a Node).
              'ExportMarket',
            ],
          },
        },
      ],
    },
  },
  {
    // The ready operations (GraphiQL's list, the README, the typed clients). Test operations are not linted: many are
    // abuse on purpose (depth, aliases, bad input), and codegen already checks every typed one against the schema.
    files: ['schema/examples/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: graphqlPlugin.configs['flat/operations-recommended'].rules,
  },
);
