import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';

import { costModelFromSdl } from './cost-model-from-sdl';
import { estimateOperationCost } from './estimate-operation-cost';
import { DEFAULT_LIST_SIZE, type OperationCostModel } from './operation-cost-model';

const TYPES = `
  type Query {
    things(kind: String): [Thing!]! @listSize(assumedSize: 2) @cost(weight: 7)
    page(first: Int = 20, last: Int): ThingConnection! @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    plain: [Thing!]!
  }
  type ThingConnection { edges: [Thing!]! }
  type Thing @cost(weight: 1) { id: ID! parts(first: Int = 3): [Part!]! @listSize(slicingArguments: ["first"]) }
  type Part { id: ID! }
`;
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@cost", "@listSize"])';
const schema = buildSchema(`${TYPES}
  directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
`);

/** Returns the estimate of `document` (one operation, no fragments) under `model`. */
function estimate(document: string, model: OperationCostModel): ReturnType<typeof estimateOperationCost> {
  const operation = parse(document).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) {
    throw new Error('no operation in the document');
  }
  return estimateOperationCost(schema, operation, {}, {}, model);
}

describe('costModelFromSdl', () => {
  it('reads @cost of fields and types and @listSize of fields', () => {
    expect(costModelFromSdl(`${LINK}\n${TYPES}`)).toEqual({
      weights: { 'Query.things': 7, Thing: 1 },
      listSizes: {
        'Query.things': { assumedSize: 2, slicingArguments: [], sizedFields: [] },
        'Query.page': { slicingArguments: ['first', 'last'], sizedFields: ['edges'] },
        'Thing.parts': { slicingArguments: ['first'], sizedFields: [] },
      },
      computedListSizes: {},
    });
  });

  it('sizes lists by assumed size, slicing arguments (the largest given, on the sized fields) or DEFAULT_LIST_SIZE', () => {
    const model = costModelFromSdl(`${LINK}\n${TYPES}`);
    // 2 things with 3 parts each; 7 points for `things`, 1 for the type `Thing`.
    expect(estimate('{ things { parts { id } } }', model)).toEqual({ nodes: 2 + 2 * 3, fields: 3, cost: 8 });
    expect(estimate('{ page { edges { id } } }', model).nodes).toBe(20);
    expect(estimate('{ page(first: 4, last: 9) { edges { id } } }', model).nodes).toBe(9);
    expect(estimate('{ plain { id } }', model).nodes).toBe(DEFAULT_LIST_SIZE);
  });

  it('follows a changed directive', () => {
    const heavier = costModelFromSdl(
      `${LINK}\n${TYPES.replace('@cost(weight: 7)', '@cost(weight: 70)').replace('assumedSize: 2', 'assumedSize: 30')}`,
    );
    expect(estimate('{ things { id } }', heavier)).toEqual({ nodes: 30, fields: 2, cost: 71 });
  });

  it('reads the directives under the names the link gives them, and none without the link', () => {
    const renamed = TYPES.replaceAll('@cost(', '@price(').replaceAll('@listSize(', '@cost__listSize(');
    const model = costModelFromSdl(
      `extend schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: [{ name: "@cost", as: "@price" }])\n${renamed}`,
    );
    expect(model.weights).toEqual({ 'Query.things': 7, Thing: 1 });
    expect(Object.keys(model.listSizes)).toEqual(['Query.things', 'Query.page', 'Thing.parts']);
    expect(costModelFromSdl(TYPES)).toEqual({ weights: {}, listSizes: {}, computedListSizes: {} });
  });

  it('takes computed list sizes before assumed ones, and refuses one for a field the schema does not have', () => {
    const model = costModelFromSdl(`${LINK}\n${TYPES}`, { 'Query.things': (args) => (args.kind === 'big' ? 40 : 2) });
    expect(estimate('{ things(kind: "big") { id } }', model).nodes).toBe(40);
    expect(() => costModelFromSdl(`${LINK}\n${TYPES}`, { 'Query.missing': () => 1 })).toThrow(
      /Query.missing, which the schema does not have/,
    );
  });
});
