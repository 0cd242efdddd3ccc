import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An organisation as this subgraph knows it: only the key; the training subgraph resolves the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Organization', { description: 'A public body, company, university or other organisation active in the handicrafts sector.' })
export class Organization {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}

/** Returns the reference to the organisation with this id, or null for none, for the gateway to resolve in the training subgraph. */
export function organizationReferenceTo(id: string | null): Organization | null {
  return id === null ? null : Object.assign(new Organization(), { id });
}
