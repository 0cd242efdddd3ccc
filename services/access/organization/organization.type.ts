import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { Node, NODE_STUB_ID_DESCRIPTION } from '../node/node.type';
import { NODE_TYPES } from '../node/node-types';

/** An organisation as this subgraph knows it: only the key, a `Node`; the training subgraph resolves the rest. */
@Directive('@key(fields: "id")')
@ObjectType('Organization', {
  implements: Node,
  description: NODE_TYPES.Organization,
})
export class Organization extends Node {
  @Field(() => ID, { description: NODE_STUB_ID_DESCRIPTION })
  override id: string;
}

/** Returns the reference to the organisation with this id, or null for none, for the gateway to resolve in the training subgraph. */
export function organizationReferenceTo(id: string | null): Organization | null {
  return id === null ? null : Object.assign(new Organization(), { id });
}
