import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { Artisan } from './artisan.entity';

/** Result of an artisan mutation. */
@ObjectType({ description: 'Result of an artisan mutation: the artisan, or why nothing was written.' })
export class ArtisanPayload {
  @Field(() => Artisan, { nullable: true, description: 'The artisan as saved; null when refused.' })
  artisan?: Artisan | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
