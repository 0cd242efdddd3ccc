import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { PublicCacheHint } from '../../shared/platform/graphql';

/**
 * An organisation as this subgraph knows it: only the key. The training
 * subgraph owns organisations and resolves their other fields; this subgraph
 * refers to them as speakers and as owners of policy documents.
 */
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType('Organization', { description: 'A public body, company, university or other organisation active in the handicrafts sector.' })
export class Organization {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}

/** Returns the reference to the organisation with this id, for the gateway to resolve in the training subgraph. */
export function organizationReferenceTo(id: string): Organization {
  return Object.assign(new Organization(), { id });
}
