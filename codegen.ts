/**
 * GraphQL Code Generator (`npm run codegen`): typed documents, checked against
 * schema/api.graphql (the API schema `npm run schema` prints), for
 * - the operations that tests send through the gateway, written as
 *   graphql(`...`) in test files: test/generated/;
 * - the example operations of schema/examples/*.graphql, for front-end teams
 *   (and the tests of the examples): clients/typed/;
 * - Apollo Client's cache policies of every object type, from the schema
 *   alone: clients/typed/type-policies.ts.
 * Both outputs are committed, and `npm run typecheck` fails when either is
 * stale or an operation does not fit the schema.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

import * as apolloTypePolicies from './scripts/codegen/apollo-type-policies.plugin';

/** Custom scalars as JSON carries them: the code scalars and dates are strings, money is a decimal string. */
const SCALARS = {
  CountryCode: 'string',
  CraftSlug: 'string',
  Date: 'string',
  DateTime: 'string',
  Decimal: 'string',
  NonEmptyString: 'string',
  PositiveInt: 'number',
  ProvinceCode: 'string',
};

/** The preset's settings both outputs share. */
const CLIENT_CONFIG = {
  // A scalar missing from SCALARS fails generation instead of typing as `any`.
  strictScalars: true,
  scalars: SCALARS,
  useTypeImports: true,
};

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  // The project's own plugin by its name; any other name is a package, loaded as codegen would.
  pluginLoader: (name: string) => (name === 'apollo-type-policies' ? apolloTypePolicies : import(name)),
  generates: {
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // A document is the operation's own text: the test client posts it as it is.
        documentMode: 'string',
        ...CLIENT_CONFIG,
      },
    },
    // For front-end teams: each example of schema/examples/ as a TypedDocumentNode
    // (`PartnerListingDocument`, with `PartnerListingQuery` and `PartnerListingQueryVariables`)
    // that Apollo Client, urql or graphql-request take as it is.
    'clients/typed/': {
      documents: ['schema/examples/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: CLIENT_CONFIG,
    },
    // For Apollo Client: `new InMemoryCache({ typePolicies, possibleTypes })`.
    'clients/typed/type-policies.ts': {
      plugins: ['apollo-type-policies'],
    },
  },
};

export default config;
