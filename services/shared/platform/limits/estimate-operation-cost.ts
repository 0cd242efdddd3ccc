import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

import { MAX_PAGE_SIZE } from '../paging';
import { type CostArguments, DEFAULT_LIST_SIZE, type ListSize, type OperationCostModel } from './operation-cost-model';

/** What an operation is estimated to return and cost, before it runs. */
export interface OperationCost {
  /**
   * Objects the response can hold: each item of a connection's page (`first` or `last`)
   * or of a list, times the items of the lists around it, as GitHub's node
   * limit counts them.
   */
  readonly nodes: number;
  /** Field selections once fragments are spelled out, not multiplied by list sizes: what the query planner walks. */
  readonly fields: number;
  /** Rate-limit points: `nodes / NODES_PER_POINT` plus the points of expensive fields, rounded up, at least 1. */
  readonly cost: number;
}

/** Nodes that cost one point: a page of 100 plain items costs 1, as a GitHub query of up to 100 requests does. */
const NODES_PER_POINT = 100;

/**
 * Returns the estimated nodes, fields and cost of `operation`, as IBM's cost
 * specification reads `@listSize` and `@cost`: a list's items from the
 * slicing arguments of its field's `@listSize` (their defaults when not
 * given, at most MAX_PAGE_SIZE), on the field's own list or on its
 * `sizedFields` (a connection's `edges`), else its computed or assumed size;
 * points from the weights. Fragments are counted where they are spread, each
 * computed once; introspection fields are not estimated. The walk is generic:
 * what it knows of the graph's fields is `model` (see `OperationCostModel`).
 */
export function estimateOperationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  model: OperationCostModel,
): OperationCost {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) {
    return { nodes: 0, fields: 0, cost: 1 };
  }
  const values = { ...defaultsOf(operation), ...variables };
  const memo = new Map<string, Estimate>();

  const estimateSelections = (selectionSet: SelectionSetNode, type: GraphQLNamedType, sized: SizedFields | undefined): Estimate => {
    const total: Estimate = { nodes: 0, fields: 0, points: 0 };
    for (const selection of selectionSet.selections) {
      let part: Estimate;
      if (selection.kind === Kind.FIELD) {
        part = estimateField(selection, type, sized);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        part = condition ? estimateSelections(selection.selectionSet, condition, sized) : EMPTY;
      } else {
        const fragment = fragments[selection.name.value];
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        const key = `${selection.name.value}:${sized ? `${sized.size}:${sized.fields.join()}` : ''}`;
        let found = memo.get(key);
        if (!found) {
          // Marked first: a cycle (refused by validation) counts as nothing rather than looping.
          memo.set(key, EMPTY);
          found = condition ? estimateSelections(fragment.selectionSet, condition, sized) : EMPTY;
          memo.set(key, found);
        }
        part = found;
      }
      total.nodes += part.nodes;
      total.fields += part.fields;
      total.points += part.points;
    }
    return total;
  };

  const estimateField = (node: FieldNode, parentType: GraphQLNamedType, sized: SizedFields | undefined): Estimate => {
    const name = node.name.value;
    const field = fieldOf(parentType, name);
    if (name.startsWith('__') || !field) {
      return EMPTY;
    }
    const coordinate = `${parentType.name}.${name}`;
    const args = argumentsOf(field, node, values);
    const returned = getNamedType(field.type);
    const points = model.weights[coordinate] ?? model.weights[returned.name] ?? 0;
    const listSize = model.listSizes[coordinate];
    const sliced = listSize && slicedSizeOf(listSize, args);
    // A connection's `edges` take the slicing arguments' size, else its `assumedSize` (the default page).
    const sizedSize = sliced ?? listSize?.assumedSize;
    const ownSize = listSize?.sizedFields.length ? undefined : sliced;
    const isList = isListType(getNullableType(field.type));
    const items = isList
      ? (ownSize ?? (sized?.fields.includes(name) ? sized.size : undefined) ?? assumedSizeOf(model, coordinate, args))
      : 1;
    const estimate: Estimate = { nodes: isList && isCompositeType(returned) ? items : 0, fields: 1, points };
    if (node.selectionSet) {
      // A connection passes the size its slicing arguments ask for on to its sized fields (`edges`).
      const childSized =
        listSize?.sizedFields.length && sizedSize !== undefined ? { size: sizedSize, fields: listSize.sizedFields } : undefined;
      const child = estimateSelections(node.selectionSet, returned, childSized);
      estimate.nodes += items * child.nodes;
      // Points once per place: a subgraph fetches a nested field for all its parents in one statement.
      estimate.points += child.points;
      estimate.fields += child.fields;
    }
    return estimate;
  };

  const { nodes, fields, points } = estimateSelections(operation.selectionSet, rootType, undefined);
  const cost = Math.max(1, Math.ceil(nodes / NODES_PER_POINT + points));
  return { nodes: bounded(nodes), fields: bounded(fields), cost: bounded(cost) };
}

/** The lists of a connection that its slicing arguments size, and that size. */
interface SizedFields {
  readonly size: number;
  readonly fields: readonly string[];
}

interface Estimate {
  nodes: number;
  fields: number;
  points: number;
}

const EMPTY: Readonly<Estimate> = Object.freeze({ nodes: 0, fields: 0, points: 0 });

/** Returns the field `name` of `type`, for object and interface types (a union has only `__typename`). */
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** Returns the defaults of the operation's variables. */
function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return defaults;
}

/** Returns a field's arguments as given (variables substituted), with the schema's defaults for those not given. */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Readonly<Record<string, unknown>>): CostArguments {
  const args: Record<string, unknown> = {};
  for (const definition of field.args) {
    const given = node.arguments?.find((argument) => argument.name.value === definition.name);
    const value = given ? valueFromASTUntyped(given.value, variables) : undefined;
    if (value !== undefined || definition.defaultValue !== undefined) {
      args[definition.name] = value ?? definition.defaultValue;
    }
  }
  return args;
}

/**
 * Returns the items that a field's slicing arguments ask for: the largest of
 * those given, each within 0..MAX_PAGE_SIZE (the subgraphs refuse the rest as
 * BAD_USER_INPUT; a value that is not a number counts as the most); undefined
 * when none has a value.
 */
function slicedSizeOf(listSize: ListSize, args: CostArguments): number | undefined {
  const sizes = listSize.slicingArguments
    .filter((name) => args[name] !== undefined && args[name] !== null)
    .map((name) => pageSizeOf(args[name]));
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}

/** Returns the page size a slicing argument's value asks for, within 0..MAX_PAGE_SIZE. */
function pageSizeOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/** Returns the items assumed for a list that no slicing argument sizes: computed from its arguments, its `assumedSize`, or DEFAULT_LIST_SIZE. */
function assumedSizeOf(model: OperationCostModel, coordinate: string, args: CostArguments): number {
  return model.computedListSizes[coordinate]?.(args) ?? model.listSizes[coordinate]?.assumedSize ?? DEFAULT_LIST_SIZE;
}

/** Returns `value` as a safe integer, so that a fragment bomb's count stays a number that can be printed. */
function bounded(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.round(value), Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
}
