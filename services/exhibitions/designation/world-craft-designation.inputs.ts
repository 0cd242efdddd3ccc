import { Field, InputType, Int } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { WorldCraftDesignationKind } from './world-craft-designation.entity';

/** Which designations to list. */
@InputType({ description: 'Which world craft designations to list; all given conditions must hold.' })
export class WorldCraftDesignationFilter {
  @Field(() => WorldCraftDesignationKind, { nullable: true, description: 'Only cities, or only villages.' })
  kind?: WorldCraftDesignationKind | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only places in this province.' })
  provinceCode?: string | null;
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
