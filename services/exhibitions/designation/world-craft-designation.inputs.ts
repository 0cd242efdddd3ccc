import { Field, InputType, Int, ObjectType } from 'type-graphql';

import { ProvinceCodeScalar } from '../../shared/catalogue';
import { Source } from '../../shared/catalogue/source.entity';
import { DateScalar, NonEmptyStringScalar, PublicCacheHint } from '../../shared/platform/graphql';
import { MutationError } from '../mutation-error.type';
import { Organization } from '../organization/organization.type';
import { WorldCraftDesignation, WorldCraftDesignationKind } from './world-craft-designation.entity';

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

/** Result of registering a designation. */
@ObjectType({ description: 'Result of registering a world craft designation: the designation, or why nothing was written.' })
export class WorldCraftDesignationPayload {
  @Field(() => WorldCraftDesignation, { nullable: true, description: 'The designation as saved; null when refused.' })
  designation?: WorldCraftDesignation | null;

  @Field(() => MutationError, { nullable: true, description: 'Why the mutation refused; null on success.' })
  error?: MutationError | null;
}

/** How many places of one kind hold the designation: as reported, and as registered here by name. */
@PublicCacheHint()
@ObjectType({
  description:
    'How many places in Iran hold a world craft designation of one kind: the latest count a report gives, and how many are registered here by name. The two differ while the places a report counts are not yet named.',
})
export class WorldCraftDesignationCount {
  @Field(() => WorldCraftDesignationKind, { description: 'Cities or villages.' })
  kind: WorldCraftDesignationKind;

  @Field(() => Int, { nullable: true, description: 'The latest count a report gives; null when no report gives one.' })
  reportedCount: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date that count holds for (the date of its report).' })
  reportedAsOf: string | null;

  @Field(() => Source, { nullable: true, description: 'The report that gives the count.' })
  reportedIn: Source | null;

  @Field(() => Int, { description: 'How many designated places of this kind are registered here by name.' })
  registeredCount: number;

  @Field(() => Organization, { description: 'The World Crafts Council, which gives the designations.' })
  designatedBy: Organization;
}
