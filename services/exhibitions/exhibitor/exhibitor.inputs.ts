import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';

/** An artisan and an exhibition, to register or remove the artisan as an exhibitor. */
@InputType({ description: 'An artisan and an exhibition, to register or remove the artisan as one of its exhibitors.' })
export class ExhibitorInput {
  @Field(() => ID, { description: 'The exhibition.' })
  exhibitionId: string;

  @Field(() => ID, { description: 'The artisan (an artisan of the graph).' })
  artisanId: string;
}

/** How to order an exhibition's exhibitors. */
export enum ExhibitorOrder {
  REGISTRATION_ASC = 'REGISTRATION_ASC',
  REGISTRATION_DESC = 'REGISTRATION_DESC',
}

registerEnumType(ExhibitorOrder, {
  name: 'ExhibitorOrder',
  description: "How to order an exhibition's exhibitors: by when they were registered.",
  valuesConfig: {
    REGISTRATION_ASC: { description: 'In the order they were registered (the default).' },
    REGISTRATION_DESC: { description: 'Latest registered first.' },
  },
});

/** Which exhibitors to list. */
@InputType({
  description:
    "Which of an exhibition's exhibitors to list; all given conditions must hold. Conditions are on the registration only: the artisans' personal data cannot be filtered on here.",
})
export class ExhibitorFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Only exhibitors registered on or after this day (in Tehran).' })
  registeredFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only exhibitors registered on or before this day (in Tehran).' })
  registeredTo?: string | null;
}

/** Paging, filter and order of an exhibition's exhibitors. */
@ArgsType()
export class ExhibitorListArgs extends PageArgs {
  @Field(() => ExhibitorFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: ExhibitorFilter | null;

  @Field(() => ExhibitorOrder, { defaultValue: ExhibitorOrder.REGISTRATION_ASC, description: 'Order of the items.' })
  orderBy: ExhibitorOrder;
}
