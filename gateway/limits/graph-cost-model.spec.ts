import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';

import { CRAFTS } from '../../services/shared/catalogue/crafts';
import { PROVINCES } from '../../services/shared/catalogue/provinces';
import { estimateOperationCost, type OperationCost, type OperationCostModel } from '../../services/shared/platform/limits';
import { graphCostModel } from './graph-cost-model';

// The committed schemas, as `npm run schema` prints them from the subgraphs' code: the gateway serves both.
const SUPERGRAPH_SDL = readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8');
const apiSchema = buildSchema(readFileSync(join(__dirname, '../../schema/api.graphql'), 'utf8'));
const model = graphCostModel(SUPERGRAPH_SDL);

/** Returns the estimate of the one operation in `document`, with its fragments, as the gateway computes it. */
function estimate(document: string, variables: Record<string, unknown> = {}, costModel: OperationCostModel = model): OperationCost {
  const definitions = parse(document).definitions;
  const operation = definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  if (!operation) {
    throw new Error('no operation in the document');
  }
  return estimateOperationCost(apiSchema, operation, fragments, variables, costModel);
}

describe('estimateOperationCost with the cost model of the supergraph', () => {
  it('counts a page of a connection as `first` nodes and every field selected once', () => {
    expect(estimate('{ artisans(first: 10) { totalCount edges { cursor node { id name } } } }')).toEqual({ nodes: 10, fields: 7, cost: 1 });
  });

  it('multiplies nested pages by the pages around them', () => {
    const nested = estimate('{ artisans(first: 100) { edges { node { certificatesConnection(first: 50) { edges { node { id } } } } } } }');
    // 100 artisans, and 50 certificates for each of them.
    expect(nested).toEqual({ nodes: 100 + 100 * 50, fields: 7, cost: 51 });
    const threeDeep = estimate(`{
      artisans(first: 100) { edges { node { province { artisans(first: 100) { edges { node { certificatesConnection(first: 100) { edges { node { id } } } } } } } } } }
    }`);
    expect(threeDeep.nodes).toBe(100 + 100 * (100 + 100 * 100));
    expect(threeDeep.cost).toBe(Math.ceil(threeDeep.nodes / 100));
  });

  it('takes the default of `first` when none is given, and holds `first` to 0..100', () => {
    expect(estimate('{ artisans { edges { node { id } } } }').nodes).toBe(20);
    expect(estimate('{ artisans(first: 100000) { edges { node { id } } } }').nodes).toBe(100);
    expect(estimate('{ artisans(first: -5) { edges { node { id } } } }').nodes).toBe(0);
  });

  it('counts `last` as it counts `first`, and the larger of the two when both are given (which the subgraphs refuse)', () => {
    expect(estimate('{ artisans(last: 7) { edges { node { id } } } }').nodes).toBe(7);
    expect(estimate('{ artisans(last: 100000) { edges { node { id } } } }').nodes).toBe(100);
    expect(estimate('query Page($size: Int) { artisans(last: $size) { edges { node { id } } } }', { size: 60 }).nodes).toBe(60);
    expect(estimate('{ artisans(first: 3, last: 40) { edges { node { id } } } }').nodes).toBe(40);
    expect(estimate('{ provinces { artisans(last: 5) { edges { node { id } } } } }')).toEqual(
      estimate('{ provinces { artisans(first: 5) { edges { node { id } } } } }'),
    );
  });

  it('reads `first` from variables, or from the variable default when the variable is not given', () => {
    const document = 'query Page($size: Int = 7) { artisans(first: $size) { edges { node { id } } } }';
    expect(estimate(document).nodes).toBe(7);
    expect(estimate(document, { size: 60 }).nodes).toBe(60);
    // A variable set to null takes the default page, as the subgraphs do (checkPageSize).
    expect(estimate('query Page($size: Int) { artisans(first: $size) { edges { node { id } } } }', { size: null }).nodes).toBe(20);
  });

  it('counts fragments and inline fragments where they are spread, at the page size of the place', () => {
    const spelledOut = estimate('{ artisans(first: 10) { edges { node { id name } } } }');
    const withFragments = estimate(`
      { artisans(first: 10) { ...Page } }
      fragment Page on ArtisanConnection { edges { node { id ...Name } } }
      fragment Name on Artisan { ... on Artisan { name } }
    `);
    expect(withFragments).toEqual(spelledOut);
    // One fragment in two places with different pages.
    expect(
      estimate(`
        { small: artisans(first: 10) { ...Page } large: artisans(first: 30) { ...Page } }
        fragment Page on ArtisanConnection { edges { node { id } } }
      `),
    ).toMatchObject({ nodes: 40, fields: 8 });
  });

  it('keeps a fragment bomb a finite, printable number, computed fast', () => {
    const levels = 70;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on ArtisanConnection { edges { node { id } } }`
        : `fragment F${level} on ArtisanConnection { ...F${level + 1} ...F${level + 1} }`,
    );
    const started = performance.now();
    const bomb = estimate(`{ artisans(first: 100) { ...F0 } } ${fragments.join('\n')}`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(bomb).toEqual({ nodes: Number.MAX_SAFE_INTEGER, fields: Number.MAX_SAFE_INTEGER, cost: Number.MAX_SAFE_INTEGER });
  });

  it('sizes lists that no argument bounds by their @listSize, and 5 otherwise', () => {
    expect(estimate('{ provinces { code } }').nodes).toBe(PROVINCES.length);
    expect(estimate('{ crafts { slug } }').nodes).toBe(CRAFTS.length);
    expect(estimate('{ artisans(first: 10) { edges { node { enrollments { id } } } } }').nodes).toBe(10 + 10 * 20);
    expect(estimate('{ sources(first: 10) { edges { node { facts { courses { id } } } } } }').nodes).toBe(10 + 10 * 20);
    expect(estimate('{ courses(first: 10) { edges { node { instructors { id } } } } }').nodes).toBe(10 + 10 * 5);
    // A list of scalars holds no objects.
    expect(estimate('{ courses(first: 10) { edges { node { audiences } } } }').nodes).toBe(10);
  });

  it('charges exportTotals 200 points per place, with groups from groupBy less the dimensions its filter fixes', () => {
    const byDestinationAndCraft = estimate('{ exportTotals(groupBy: [DESTINATION, CRAFT]) { valueUsd } }');
    expect(byDestinationAndCraft).toEqual({
      nodes: 50 * (CRAFTS.length + 4),
      fields: 2,
      cost: Math.ceil((50 * (CRAFTS.length + 4)) / 100 + 200),
    });
    expect(estimate('{ exportTotals(groupBy: [DESTINATION, CRAFT], filter: { destinationCode: "DE" }) { valueUsd } }').nodes).toBe(
      CRAFTS.length + 4,
    );
    expect(estimate('{ exportTotals(groupBy: [YEAR, CHANNEL], filter: { solarYears: [1402, 1403] }) { valueUsd } }').nodes).toBe(2 * 2);
    expect(estimate('{ exportTotals(groupBy: [PROVINCE]) { valueUsd } }').nodes).toBe(PROVINCES.length);
    expect(estimate('{ exportTotals { valueUsd } }')).toEqual({ nodes: 1, fields: 2, cost: 201 });
    // Five at once pass MAX_COST (1,000).
    const five = Array.from({ length: 5 }, (_, index) => `t${index}: exportTotals { valueUsd }`).join(' ');
    expect(estimate(`{ ${five} }`).cost).toBe(1_001);
    // A total's figures are sized by their own `first`.
    expect(estimate('{ exportTotals { figures(first: 7) { id } } }').nodes).toBe(1 + 7);
  });

  it('charges a page of export figures 10 points on top of its nodes, wherever the page is', () => {
    expect(estimate('{ exportFigures(first: 100) { edges { node { id } } } }')).toEqual({ nodes: 100, fields: 4, cost: 11 });
    expect(estimate('{ provinces { exports(first: 1) { totalCount } } }').cost).toBe(11);
  });

  it('counts nodes(ids:) as one node per id (at most 100) with what each selects, and charges node and nodes a point each for asking the subgraphs', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `id-${index}`);
    const operation = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Artisan { enrollments { id } } } }';
    // Each artisan: itself and its 20 enrolments (Artisan.enrollments).
    expect(estimate(operation, { ids: ids(3) })).toEqual({ nodes: 3 * 21, fields: 4, cost: 2 });
    expect(estimate(operation, { ids: ids(150) })).toEqual(estimate(operation, { ids: ids(100) }));
    expect(estimate(operation, { ids: ids(100) }).nodes).toBe(100 * 21);
    expect(estimate('{ node(id: "x") { id ... on Artisan { enrollments { id } } } }')).toEqual({ nodes: 20, fields: 4, cost: 2 });
  });

  it('counts nodes(ids:) as one node per id (at most 100) with what each selects, and charges node and nodes a point each for asking the subgraphs', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `id-${index}`);
    const operation = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Artisan { enrollments { id } } } }';
    // Each artisan: itself and its 20 enrolments (Artisan.enrollments).
    expect(estimate(operation, { ids: ids(3) })).toEqual({ nodes: 3 * 21, fields: 4, cost: 2 });
    expect(estimate(operation, { ids: ids(150) })).toEqual(estimate(operation, { ids: ids(100) }));
    expect(estimate(operation, { ids: ids(100) }).nodes).toBe(100 * 21);
    expect(estimate('{ node(id: "x") { id ... on Artisan { enrollments { id } } } }')).toEqual({ nodes: 20, fields: 4, cost: 2 });
  });

  it('does not estimate introspection, and costs an operation of a missing root type 1', () => {
    expect(estimate('{ __schema { types { name } } }')).toEqual({ nodes: 0, fields: 0, cost: 1 });
    expect(estimate('subscription { anything }')).toEqual({ nodes: 0, fields: 0, cost: 1 });
  });

  it('follows the directives of the supergraph it is given', () => {
    const lighter = graphCostModel(SUPERGRAPH_SDL.replace('@cost(weight: 200)', '@cost(weight: 50)'));
    expect(estimate('{ exportTotals { valueUsd } }', {}, lighter).cost).toBe(51);
    const moreEnrollments = graphCostModel(
      SUPERGRAPH_SDL.replace(/(enrollments: \[Enrollment!\] [^\n]*)@listSize\(assumedSize: 20\)/, '$1@listSize(assumedSize: 40)'),
    );
    expect(estimate('{ artisans(first: 10) { edges { node { enrollments { id } } } } }', {}, moreEnrollments).nodes).toBe(10 + 10 * 40);
  });
});
