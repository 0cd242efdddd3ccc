import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { Organization } from './organization.entity';

/** Result of an organisation mutation. */
@ObjectType({ description: 'Result of an organisation mutation: the organisation, or why nothing was written.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation as saved; null when refused.' })
  organization?: Organization | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
