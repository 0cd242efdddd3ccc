import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { CraftSlugScalar } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';

/** How to order a list of instructors. */
export enum InstructorOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(InstructorOrder, {
  name: 'InstructorOrder',
  description: 'How to order instructors.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (the default).' },
    NAME_DESC: { description: 'By name, Z to A.' },
  },
});

/** Which instructors to list. */
@InputType({ description: 'Which instructors to list; all given conditions must hold.' })
export class InstructorFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, any letter case.' })
  search?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'Only instructors teaching this craft.' })
  craftSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only instructors working for this organisation.' })
  affiliationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration instructors (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of instructors. */
@ArgsType()
export class InstructorListArgs extends PageArgs {
  @Field(() => InstructorFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: InstructorFilter | null;

  @Field(() => InstructorOrder, { defaultValue: InstructorOrder.NAME_ASC, description: 'Order of the items.' })
  orderBy: InstructorOrder;
}
