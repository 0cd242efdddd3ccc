import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { CraftSlugScalar } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';

/** How to order a list of competency standards. */
export enum CompetencyStandardOrder {
  CODE_ASC = 'CODE_ASC',
  TITLE_ASC = 'TITLE_ASC',
}

registerEnumType(CompetencyStandardOrder, {
  name: 'CompetencyStandardOrder',
  description: 'How to order competency standards.',
  valuesConfig: {
    CODE_ASC: { description: 'By code (the default).' },
    TITLE_ASC: { description: 'By title, A to Z.' },
  },
});

/** Which competency standards to list. */
@InputType({ description: 'Which competency standards to list; all given conditions must hold.' })
export class CompetencyStandardFilter {
  @Field(() => String, { nullable: true, description: 'Part of the code or title, any letter case.' })
  search?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'Only standards for this craft.' })
  craftSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only standards developed by this organisation.' })
  developedById?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only approved standards; false: only those still in development.',
  })
  approved?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration standards (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of competency standards. */
@ArgsType()
export class CompetencyStandardListArgs extends PageArgs {
  @Field(() => CompetencyStandardFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: CompetencyStandardFilter | null;

  @Field(() => CompetencyStandardOrder, { defaultValue: CompetencyStandardOrder.CODE_ASC, description: 'Order of the items.' })
  orderBy: CompetencyStandardOrder;
}
