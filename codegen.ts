/**
 * GraphQL Code Generator (`npm run codegen`): typed documents for the operations
 * that tests send through the gateway. Operations are written as
 * graphql(`...`) in test files and checked against schema/api.graphql, the API
 * schema `npm run schema` prints; the output under test/generated/ is
 * committed, and `npm run typecheck` fails when it is stale or an operation
 * does not fit the schema.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

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

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // A document is the operation's own text: the test client posts it as it is.
        documentMode: 'string',
        // A scalar missing from SCALARS fails generation instead of typing as `any`.
        strictScalars: true,
        scalars: SCALARS,
        useTypeImports: true,
      },
    },
  },
};

export default config;
