import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { WorldCraftDesignationKind } from './world-craft-designation.entity';

/** How to order a list of world craft designations. */
export enum WorldCraftDesignationOrder {
  PROVINCE_ASC = 'PROVINCE_ASC',
  PLACE_NAME_ASC = 'PLACE_NAME_ASC',
}

registerEnumType(WorldCraftDesignationOrder, {
  name: 'WorldCraftDesignationOrder',
  description: 'How to order world craft designations.',
  valuesConfig: {
    PROVINCE_ASC: { description: 'By province code, then place name (the default).' },
    PLACE_NAME_ASC: { description: 'By place name, A to Z.' },
  },
});

/** Which designations to list. */
@InputType({ description: 'Which world craft designations to list; all given conditions must hold.' })
export class WorldCraftDesignationFilter {
  @Field(() => WorldCraftDesignationKind, { nullable: true, description: 'Only cities, or only villages.' })
  kind?: WorldCraftDesignationKind | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only places in this province.' })
  provinceCode?: string | null;
}

/** Paging, filter and order of a list of world craft designations. */
@ArgsType()
export class WorldCraftDesignationListArgs extends PageArgs {
  @Field(() => WorldCraftDesignationFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: WorldCraftDesignationFilter | null;

  @Field(() => WorldCraftDesignationOrder, { defaultValue: WorldCraftDesignationOrder.PROVINCE_ASC, description: 'Order of the items.' })
  orderBy: WorldCraftDesignationOrder;
}

/** Registers a designated place by name. */
@InputType({ description: 'A place designated a world craft city or village, to register by name.' })
export class RecordWorldCraftDesignationInput {
  @Field(() => WorldCraftDesignationKind, { description: 'City or village.' })
  kind: WorldCraftDesignationKind;

  @Field(() => NonEmptyStringScalar, { description: 'Name of the city or village.' })
  placeName: string;

  @Field(() => ProvinceCodeScalar, { description: 'Province it is in.' })
  provinceCode: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the designation, from 1964 (when the World Crafts Council was founded) to this year.',
  })
  designatedIn?: number | null;
}
