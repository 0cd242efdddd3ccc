import { type DocumentNode, type FragmentDefinitionNode, Kind } from 'graphql';

/** Returns the fragments of a document by name, as `estimateOperationCost` takes them. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
}
