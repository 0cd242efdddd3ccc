import { type ClassType, Directive, Field, ID, InterfaceType, ObjectType } from 'type-graphql';

/** What `node(id:)` returns: the concrete type of the record an id names, and the id; the owning subgraph resolves the rest. */
export interface NodeReference {
  readonly __typename: string;
  readonly id: string;
}

/**
 * The graph's `Node` interface, an entity interface (Federation 2.3): this
 * subgraph declares it and every implementation, each keyed by `id`, and the
 * subgraph that owns each type resolves its fields.
 */
@Directive('@key(fields: "id")')
@InterfaceType('Node', {
  description:
    'A record with a global id: `node(id:)` and `nodes(ids:)` fetch any of them by that id, and client caches key them by it. Ids are opaque strings: use them as they come.',
  resolveType: (value: NodeReference) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id, unique across the graph; opaque to clients.' })
  id: string;
}

/**
 * Returns this subgraph's key-only stub of `typeName`, a `Node` whose other
 * fields the subgraph that owns it resolves; `description` is that subgraph's.
 */
export function nodeStubType(typeName: string, description: string): ClassType {
  @Directive('@key(fields: "id")')
  @ObjectType(typeName, { implements: Node, description })
  class NodeStub extends Node {
    @Field(() => ID, { description: NODE_STUB_ID_DESCRIPTION })
    override id: string;
  }
  return NodeStub;
}

/** The description of a stub's `id`: the owning subgraphs' own, so that composition need not choose. */
export const NODE_STUB_ID_DESCRIPTION = 'Stable identifier.';
