import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An artisan as this subgraph knows it: the key, and whether the artisan is
 * listed publicly, which the training subgraph owns and the gateway sends
 * along (`@requires`) for the fields that depend on it. The training
 * subgraph resolves the other fields; this subgraph adds the exhibitions
 * they take part in.
 */
@Directive('@key(fields: "id")')
// The training subgraph's description, word for word, so that composition keeps it.
@ObjectType('Artisan', {
  description:
    'A craftsperson who trains, earns certificates and exhibits. Every field but `id` and `listedPublicly` is personal: unless the artisan is listed publicly, a caller without the right to it gets null with a FORBIDDEN error (analysts and admins have it, and partner keys for artisans enrolled, and not withdrawn, in their courses).',
})
export class Artisan {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  /** Known only when the gateway sent it (`@requires`); unknown counts as not listed. */
  @Directive('@external')
  @Field({ description: 'Whether the artisan chose to be listed publicly (owned by the training subgraph).' })
  listedPublicly?: boolean;
}

/** Returns the reference to the artisan with this id, for the gateway to resolve in the training subgraph. */
export function artisanReferenceTo(id: string, listedPublicly?: boolean): Artisan {
  return Object.assign(new Artisan(), { id, listedPublicly });
}
