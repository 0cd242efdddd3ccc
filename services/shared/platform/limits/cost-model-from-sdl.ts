import {
  type ConstDirectiveNode,
  type DocumentNode,
  type InterfaceTypeDefinitionNode,
  type InterfaceTypeExtensionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  parse,
  type SchemaDefinitionNode,
  type SchemaExtensionNode,
  valueFromASTUntyped,
} from 'graphql';

import { COST_SPEC_URL } from '../graphql/cost-directives';
import type { ComputedListSizes, ListSize, OperationCostModel } from './operation-cost-model';

/**
 * Returns the cost model of a schema printed as SDL (a subgraph's, or the
 * supergraph, where composition keeps the subgraphs' directives): the
 * `@cost(weight:)` of its types and fields and the `@listSize` of its fields,
 * under the names its `@link` to the cost specification gives them, with
 * `computedListSizes` for the lists whose size no directive can state. Throws
 * when a computed list size names a field the schema does not have, so that a
 * renamed field fails at start rather than being estimated wrong.
 */
export function costModelFromSdl(sdl: string | DocumentNode, computedListSizes: ComputedListSizes = {}): OperationCostModel {
  const document = typeof sdl === 'string' ? parse(sdl, { noLocation: true }) : sdl;
  const names = costDirectiveNames(document);
  const listSizes: Record<string, ListSize> = {};
  const weights: Record<string, number> = {};
  const fields = new Set<string>();
  for (const definition of document.definitions) {
    if (!isFieldedType(definition)) {
      continue;
    }
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives, names.cost);
    if (typeWeight !== undefined) {
      weights[typeName] = typeWeight;
    }
    for (const field of definition.fields ?? []) {
      const coordinate = `${typeName}.${field.name.value}`;
      fields.add(coordinate);
      const weight = weightOf(field.directives, names.cost);
      if (weight !== undefined) {
        weights[coordinate] = weight;
      }
      const listSize = field.directives?.find((directive) => directive.name.value === names.listSize);
      if (listSize) {
        listSizes[coordinate] = listSizeOf(listSize);
      }
    }
  }
  for (const coordinate of Object.keys(computedListSizes)) {
    if (!fields.has(coordinate)) {
      throw new Error(`A computed list size names ${coordinate}, which the schema does not have.`);
    }
  }
  return { listSizes, weights, computedListSizes };
}

type FieldedType = ObjectTypeDefinitionNode | ObjectTypeExtensionNode | InterfaceTypeDefinitionNode | InterfaceTypeExtensionNode;

function isFieldedType(definition: DocumentNode['definitions'][number]): definition is FieldedType {
  return (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_EXTENSION
  );
}

/**
 * Returns the names of `@cost` and `@listSize` in `document`, as its `@link`
 * to the cost specification makes them (core schemas' rules: an imported
 * directive keeps its name or takes its `as`; one not imported is
 * `namespace__name`, and the directive named like the specification is
 * `@namespace`). Without that link, the schema holds no cost directives.
 */
function costDirectiveNames(document: DocumentNode): { cost?: string; listSize?: string } {
  const link = document.definitions
    .filter(
      (definition): definition is SchemaDefinitionNode | SchemaExtensionNode =>
        definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION,
    )
    .flatMap((definition) => definition.directives ?? [])
    .map((directive) => argumentsOf(directive))
    .find((args) => args.url === COST_SPEC_URL);
  if (!link) {
    return {};
  }
  const namespace = typeof link.as === 'string' ? link.as : 'cost';
  const imported = new Map<string, string>();
  for (const entry of Array.isArray(link.import) ? link.import : []) {
    if (typeof entry === 'string') {
      imported.set(entry, entry);
    } else if (entry && typeof entry === 'object' && 'name' in entry) {
      const { name, as } = entry as { name: unknown; as?: unknown };
      imported.set(String(name), String(as ?? name));
    }
  }
  const nameOf = (directive: string, unimported: string) => (imported.get(`@${directive}`) ?? `@${unimported}`).slice(1);
  return { cost: nameOf('cost', namespace), listSize: nameOf('listSize', `${namespace}__listSize`) };
}

/** Returns a directive's arguments as plain values. */
function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
}

/** Returns the weight of the `@cost` among `directives`, if there is one. */
function weightOf(directives: readonly ConstDirectiveNode[] | undefined, costName: string | undefined): number | undefined {
  const cost = directives?.find((directive) => directive.name.value === costName);
  const weight = cost && argumentsOf(cost).weight;
  return typeof weight === 'number' ? weight : undefined;
}

/** Returns what a `@listSize` says. */
function listSizeOf(directive: ConstDirectiveNode): ListSize {
  const { assumedSize, slicingArguments, sizedFields } = argumentsOf(directive);
  return {
    ...(typeof assumedSize === 'number' ? { assumedSize } : {}),
    slicingArguments: Array.isArray(slicingArguments) ? slicingArguments.map(String) : [],
    sizedFields: Array.isArray(sizedFields) ? sizedFields.map(String) : [],
  };
}
