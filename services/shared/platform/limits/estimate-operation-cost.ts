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

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../paging';
import { type CostArguments, DEFAULT_LIST_SIZE, type OperationCostModel } from './operation-cost-model';

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
 * Returns the estimated nodes, fields and cost of `operation`, with list sizes
 * from `first` or `last` (the default page when neither is given, at most
 * MAX_PAGE_SIZE) or from the model's list sizes, and points from the model's
 * field points. Fragments are counted where they are spread, each computed
 * once; introspection fields are not estimated. The walk is generic: what it
 * knows of the graph's fields is `model` (see `OperationCostModel`).
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

  const estimateSelections = (selectionSet: SelectionSetNode, type: GraphQLNamedType, pageSize: number | undefined): Estimate => {
    const total: Estimate = { nodes: 0, fields: 0, points: 0 };
    for (const selection of selectionSet.selections) {
      let part: Estimate;
      if (selection.kind === Kind.FIELD) {
        part = estimateField(selection, type, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        part = condition ? estimateSelections(selection.selectionSet, condition, pageSize) : EMPTY;
      } else {
        const fragment = fragments[selection.name.value];
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        const key = `${selection.name.value}:${pageSize ?? ''}`;
        let found = memo.get(key);
        if (!found) {
          // Marked first: a cycle (refused by validation) counts as nothing rather than looping.
          memo.set(key, EMPTY);
          found = condition ? estimateSelections(fragment.selectionSet, condition, pageSize) : EMPTY;
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

  const estimateField = (node: FieldNode, parentType: GraphQLNamedType, pageSize: number | undefined): Estimate => {
    const name = node.name.value;
    const field = fieldOf(parentType, name);
    if (name.startsWith('__') || !field) {
      return EMPTY;
    }
    const args = argumentsOf(field, node, values);
    const returned = getNamedType(field.type);
    const points = model.fieldPoints[`${parentType.name}.${name}`] ?? model.fieldPoints[returned.name] ?? 0;
    const first = pageSizeOf(field, args);
    const isList = isListType(getNullableType(field.type));
    const items = isList ? (first ?? pageSize ?? listSizeOf(model, parentType.name, name, args)) : 1;
    const estimate: Estimate = { nodes: isList && isCompositeType(returned) ? items : 0, fields: 1, points };
    if (node.selectionSet) {
      // A connection passes its page size on to its `edges`.
      const child = estimateSelections(node.selectionSet, returned, isList ? undefined : first);
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
 * Returns the page size that a field's `first` or `last` asks for (the larger
 * when both are given, which the subgraphs refuse), DEFAULT_PAGE_SIZE when
 * neither is given or both are null, and undefined for a field without them.
 */
function pageSizeOf(field: GraphQLField<unknown, unknown>, args: CostArguments): number | undefined {
  if (!field.args.some((definition) => definition.name === 'first' || definition.name === 'last')) {
    return undefined;
  }
  const sizes = [args.first, args.last].filter((size) => size !== undefined && size !== null).map(boundedPageSize);
  return sizes.length === 0 ? DEFAULT_PAGE_SIZE : Math.max(...sizes);
}

/** Returns a page size given as `first` or `last`, within 0..MAX_PAGE_SIZE (the subgraphs refuse the rest as BAD_USER_INPUT). */
function boundedPageSize(size: unknown): number {
  return typeof size === 'number' && Number.isFinite(size) ? Math.min(Math.max(Math.trunc(size), 0), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/** Returns the items assumed for a list without `first` or `last`. */
function listSizeOf(model: OperationCostModel, typeName: string, fieldName: string, args: CostArguments): number {
  const size = model.listSizes[`${typeName}.${fieldName}`] ?? model.listSizes[`${typeName}.*`] ?? DEFAULT_LIST_SIZE;
  return typeof size === 'function' ? size(args) : size;
}

/** Returns `value` as a safe integer, so that a fragment bomb's count stays a number that can be printed. */
function bounded(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.round(value), Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
}
