import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { Exhibition } from './exhibition.entity';

/** Result of an exhibition mutation. */
@ObjectType({ description: 'Result of an exhibition mutation: the exhibition, or why nothing was written.' })
export class ExhibitionPayload {
  @Field(() => Exhibition, { nullable: true, description: 'The exhibition as saved; null when refused.' })
  exhibition?: Exhibition | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
