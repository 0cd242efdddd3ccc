import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { Agreement } from './agreement.entity';

/** Result of an agreement mutation. */
@ObjectType({ description: 'Result of an agreement mutation: the agreement, or why nothing was written.' })
export class AgreementPayload {
  @Field(() => Agreement, { nullable: true, description: 'The agreement as saved; null when refused.' })
  agreement?: Agreement | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
