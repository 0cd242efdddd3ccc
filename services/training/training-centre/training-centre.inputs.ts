import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';
import { TrainingCentreKind, TrainingCentreStatus } from './training-centre.entity';

/** How to order a list of training centres. */
export enum TrainingCentreOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(TrainingCentreOrder, {
  name: 'TrainingCentreOrder',
  description: 'How to order training centres.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (the default).' },
    NAME_DESC: { description: 'By name, Z to A.' },
  },
});

/** Which training centres to list. */
@InputType({ description: 'Which training centres and skills hubs to list; all given conditions must hold.' })
export class TrainingCentreFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or city, any letter case.' })
  search?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only centres in this province.' })
  provinceCode?: string | null;

  @Field(() => TrainingCentreStatus, { nullable: true, description: 'Only centres in this state.' })
  status?: TrainingCentreStatus | null;

  @Field(() => TrainingCentreKind, { nullable: true, description: 'Only centres of this kind.' })
  kind?: TrainingCentreKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration centres (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of training centres. */
@ArgsType()
export class TrainingCentreListArgs extends PageArgs {
  @Field(() => TrainingCentreFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: TrainingCentreFilter | null;

  @Field(() => TrainingCentreOrder, { defaultValue: TrainingCentreOrder.NAME_ASC, description: 'Order of the items.' })
  orderBy: TrainingCentreOrder;
}
