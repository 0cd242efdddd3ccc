import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';

import { estimateOperationCost } from './estimate-operation-cost';
import { DEFAULT_LIST_SIZE, mergeOperationCostModels, type OperationCostModel } from './operation-cost-model';

const schema = buildSchema(`
  type Query { things(kind: String): [Thing!]! }
  type Thing { id: ID! parts: [Part!]! }
  type Part { id: ID! }
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

describe('OperationCostModel', () => {
  it('sizes every list DEFAULT_LIST_SIZE and charges no points when the model knows nothing', () => {
    expect(estimate('{ things { parts { id } } }', { listSizes: {}, fieldPoints: {} })).toEqual({
      nodes: DEFAULT_LIST_SIZE + DEFAULT_LIST_SIZE * DEFAULT_LIST_SIZE,
      fields: 3,
      cost: 1,
    });
  });

  it('takes list sizes by field, by type, or from the arguments, and points by field or returned type', () => {
    const model: OperationCostModel = {
      listSizes: { 'Query.things': (args) => (args.kind === 'big' ? 40 : 2), 'Thing.*': 3 },
      fieldPoints: { 'Query.things': 7, Part: 1 },
    };
    expect(estimate('{ things(kind: "big") { parts { id } } }', model)).toEqual({ nodes: 40 + 40 * 3, fields: 3, cost: 10 });
    expect(estimate('{ things { id } }', model)).toEqual({ nodes: 2, fields: 2, cost: 8 });
  });

  it('merges models that agree, and refuses two that disagree on a key', () => {
    const a: OperationCostModel = { listSizes: { 'Query.things': 2 }, fieldPoints: {} };
    const b: OperationCostModel = { listSizes: { 'Query.things': 2, 'Thing.parts': 4 }, fieldPoints: { Part: 1 } };
    expect(mergeOperationCostModels(a, b)).toEqual({ listSizes: { 'Query.things': 2, 'Thing.parts': 4 }, fieldPoints: { Part: 1 } });
    expect(() => mergeOperationCostModels(a, { listSizes: { 'Query.things': 3 }, fieldPoints: {} })).toThrow(/disagree on Query.things/);
  });
});
