import { Field, ObjectType } from 'type-graphql';

import { Artisan } from '../artisan/artisan.type';
import { Exhibition } from '../exhibition/exhibition.entity';
import { MutationError } from '../mutation-error.type';

/** Result of registering or removing an exhibitor. */
@ObjectType({ description: 'Result of registering or removing an exhibitor: the exhibition and the artisan, or why nothing was written.' })
export class ExhibitorPayload {
  @Field(() => Exhibition, { nullable: true, description: 'The exhibition after the change; null when refused.' })
  exhibition?: Exhibition | null;

  @Field(() => Artisan, { nullable: true, description: 'The artisan registered or removed; null when refused.' })
  artisan?: Artisan | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
