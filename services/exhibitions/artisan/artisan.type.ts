import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An artisan as this subgraph knows it: only the key. The training subgraph
 * owns artisans and resolves their other fields; this subgraph adds the
 * exhibitions they take part in.
 */
@Directive('@key(fields: "id")')
@ObjectType('Artisan', { description: 'A craftsperson who trains, earns certificates and exhibits.' })
export class Artisan {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;
}

/** Returns the reference to the artisan with this id, for the gateway to resolve in the training subgraph. */
export function artisanReferenceTo(id: string): Artisan {
  return Object.assign(new Artisan(), { id });
}
