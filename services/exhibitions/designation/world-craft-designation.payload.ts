import { Field, ObjectType } from 'type-graphql';

import { MutationError } from '../mutation-error.type';
import { WorldCraftDesignation } from './world-craft-designation.entity';

/** Result of registering a designation. */
@ObjectType({ description: 'Result of registering a world craft designation: the designation, or why nothing was written.' })
export class WorldCraftDesignationPayload {
  @Field(() => WorldCraftDesignation, { nullable: true, description: 'The designation as saved; null when refused.' })
  designation?: WorldCraftDesignation | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}
