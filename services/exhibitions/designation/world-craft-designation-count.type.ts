import { Field, Int, ObjectType } from 'type-graphql';

import { Derivation } from '../../shared/catalogue';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';
import { Organization } from '../organization/organization.type';
import { Source } from '../source/source.type';
import { WorldCraftDesignationKind } from './world-craft-designation.entity';

/** How many places of one kind hold the designation: as reported, and as registered here by name. */
@PublicCacheHint()
@ObjectType({
  description:
    'How many places in Iran hold a world craft designation of one kind: the latest count a report gives, and how many are registered here by name. The two differ while the places a report counts are not yet named.',
})
export class WorldCraftDesignationCount {
  /** The count report behind `reportedCount`, for its attributions; null when no report gives one. */
  reportId: string | null;

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

  @Field(() => [Derivation], {
    description: 'Values of the reported count not stated word for word by its report: how each was derived or inferred.',
  })
  derivations: Derivation[];
}
