import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';

/** How to order a list of sources. */
export enum SourceOrder {
  TITLE_ASC = 'TITLE_ASC',
  PUBLISHED_ON_DESC = 'PUBLISHED_ON_DESC',
}

registerEnumType(SourceOrder, {
  name: 'SourceOrder',
  description: 'How to order sources.',
  valuesConfig: {
    TITLE_ASC: { description: 'By title, A to Z (the default).' },
    PUBLISHED_ON_DESC: { description: 'Most recently published first, undated sources last.' },
  },
});

/** Which sources to list. */
@InputType({ description: 'Which sources to list; all given conditions must hold.' })
export class SourceFilter {
  @Field(() => String, { nullable: true, description: 'The outlet that published it (`publisher`), any letter case.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'An agency it credits (one of `credits`), any letter case, e.g. `IRNA`.' })
  credit?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title, any letter case.' })
  titleContains?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date.' })
  publishedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only synthetic sources (true) or only real ones (false); both when omitted.' })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of sources. */
@ArgsType()
export class SourceListArgs extends PageArgs {
  @Field(() => SourceFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: SourceFilter | null;

  @Field(() => SourceOrder, { defaultValue: SourceOrder.TITLE_ASC, description: 'Order of the items.' })
  orderBy: SourceOrder;
}
