import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type ConstDirectiveNode, Kind, parse, print } from 'graphql';

import { graphql } from '../generated';
import { asAnonymous, TEST_ADMIN_KEY, withKey } from '../support/access';
import { postGraphql } from '../support/graphql-client';
import { gatewayLimitsFromEnv, projectRoot, Role } from '../support/platform';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph({ responseCache: false });

// One aggregate (200 points) and its one total (a node: 0.01 point), rounded up: 201 points.
const ONE_AGGREGATE = graphql(`
  query CostDirectivesOneAggregate {
    exportTotals {
      valueUsd
    }
  }
`);

const PROVINCE_CODES = graphql(`
  query CostDirectivesProvinceCodes {
    provinces {
      code
    }
  }
`);

const CREATE_ARTISAN = graphql(`
  mutation CostDirectivesCreateArtisan($input: CreateArtisanInput!) {
    createArtisan(input: $input) {
      artisan {
        id
      }
    }
  }
`);

/** Returns each field of the committed supergraph by `Type.field`, with its arguments and directives. */
function supergraphFields(): Map<string, { readonly arguments: readonly string[]; readonly directives: readonly ConstDirectiveNode[] }> {
  const document = parse(readFileSync(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'));
  const fields = new Map<string, { arguments: string[]; directives: readonly ConstDirectiveNode[] }>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) {
        fields.set(`${definition.name.value}.${field.name.value}`, {
          arguments: (field.arguments ?? []).map((argument) => argument.name.value),
          directives: field.directives ?? [],
        });
      }
    }
  }
  return fields;
}

describe('the cost directives in the supergraph', () => {
  const supergraph = readFileSync(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');

  it('links the cost specification and keeps the weights of the costly fields and types', () => {
    expect(supergraph).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    expect(supergraph).toMatch(/\): \[ExportTotal!\] @join__field\(graph: TRADE\) @cost\(weight: 200\)/);
    expect(supergraph).toMatch(/type ExportFigureConnection\s+@join__type\(graph: TRADE\)\s+@cost\(weight: 10\)/);
  });

  it('sizes every field that takes `first` by its slicing arguments, and the unpaged lists that grow', () => {
    const fields = supergraphFields();
    const listSizeOf = (coordinate: string) =>
      fields
        .get(coordinate)
        ?.directives.filter((directive) => directive.name.value === 'listSize')
        .map((directive) => print(directive));
    const paged = [...fields].filter(([, field]) => field.arguments.includes('first')).map(([coordinate]) => coordinate);
    expect(paged.length).toBeGreaterThan(25);
    for (const coordinate of paged) {
      expect([coordinate, listSizeOf(coordinate)?.[0]]).toEqual([coordinate, expect.stringMatching(/slicingArguments: \[[^\]]*"first"/)]);
    }
    expect(listSizeOf('Query.artisans')).toEqual([
      '@listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)',
    ]);
    expect(listSizeOf('Artisan.enrollments')).toEqual(['@listSize(assumedSize: 20)']);
    expect(listSizeOf('SourceFacts.courses')).toEqual(['@listSize(assumedSize: 20)']);
    expect(listSizeOf('Query.provinces')).toEqual(['@listSize(assumedSize: 31)']);
  });
});

describe('extensions.cost', () => {
  it('says what a query was estimated at and charged, as the budget counts it', async () => {
    const response = await postGraphql(asAnonymous(graph.url), ONE_AGGREGATE);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost).toEqual({ estimated: 201, charged: 201 });
    expect(response.extensions?.rateLimit).toMatchObject({ cost: 201 });
  });

  it('says what a mutation was estimated at and charged', async () => {
    const response = await postGraphql(withKey(graph.url, TEST_ADMIN_KEY), CREATE_ARTISAN, {
      input: { name: 'Cost report artisan', provinceCode: 'IR-01' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost).toEqual({ estimated: 1, charged: 1 });
  });

  it('charges 1 point for an operation refused before it runs, with the estimate when there was one', async () => {
    const five = `{ ${Array.from({ length: 5 }, (_, index) => `t${index}: exportTotals { valueUsd }`).join(' ')} }`;
    const overLimit = await postGraphql(asAnonymous(graph.url), five);
    expect(overLimit.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'cost' } });
    expect(overLimit.extensions?.cost).toEqual({ estimated: 1_001, charged: 1 });
    const syntax = await postGraphql(asAnonymous(graph.url), '{ provinces { code ');
    expect(syntax.extensions?.cost).toEqual({ estimated: null, charged: 1 });
  });

  it('charges nothing when the budget refuses the operation', async () => {
    const rateLimit = gatewayLimitsFromEnv().rateLimit;
    const gateway = await graph.startGateway({
      limits: { rateLimit: { ...rateLimit, points: { ...rateLimit.points, [Role.ANONYMOUS]: 210 } } },
    });
    expect((await postGraphql(asAnonymous(gateway.url), ONE_AGGREGATE)).extensions?.cost).toEqual({ estimated: 201, charged: 201 });
    const refused = await postGraphql(asAnonymous(gateway.url), ONE_AGGREGATE);
    expect(refused.status).toBe(429);
    expect(refused.extensions?.cost).toEqual({ estimated: 201, charged: 0 });
  });
});

describe('a gateway over a supergraph with other directives', () => {
  it('estimates by the directives of the supergraph it serves', async () => {
    const lighter = graph.supergraphSdl
      .replace('@cost(weight: 200)', '@cost(weight: 50)')
      .replace(/(provinces: \[Province!\] [^\n]*)@listSize\(assumedSize: 31\)/, '$1@listSize(assumedSize: 3100)');
    expect(lighter).not.toBe(graph.supergraphSdl);
    const gateway = await graph.startGateway({ supergraphSdl: lighter });
    expect((await postGraphql(asAnonymous(gateway.url), ONE_AGGREGATE)).extensions?.cost).toEqual({ estimated: 51, charged: 51 });
    // 3,100 provinces assumed: 31 points, where the served supergraph's 31 cost 1.
    expect((await postGraphql(asAnonymous(gateway.url), PROVINCE_CODES)).extensions?.cost).toEqual({ estimated: 31, charged: 31 });
    expect((await postGraphql(asAnonymous(graph.url), PROVINCE_CODES)).extensions?.cost).toEqual({ estimated: 1, charged: 1 });
  });
});
