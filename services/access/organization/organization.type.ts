import { Directive, ObjectType } from 'type-graphql';

import { Node } from '../node/node.type';

/** An organisation as this subgraph knows it: only the key, a `Node`; the training subgraph resolves the rest. */
@Directive('@key(fields: "id")')
@ObjectType('Organization', {
  implements: Node,
  description: 'A public body, company, university or other organisation active in the handicrafts sector.',
})
export class Organization extends Node {}

/** Returns the reference to the organisation with this id, or null for none, for the gateway to resolve in the training subgraph. */
export function organizationReferenceTo(id: string | null): Organization | null {
  return id === null ? null : Object.assign(new Organization(), { id });
}
