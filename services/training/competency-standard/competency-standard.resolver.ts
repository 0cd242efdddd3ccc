import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { CraftSlugScalar, craftsOf } from '../../shared/catalogue';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { Craft } from '../reference/craft.type';
import { CompetencyStandardConnection } from './competency-standard.connection';
import { CompetencyStandard } from './competency-standard.entity';
import { CompetencyStandardListArgs } from './competency-standard.inputs';
import { findCompetencyStandards } from './competency-standard.service';

/** Competency standards: listing, crafts and who developed each. */
@Resolver(() => CompetencyStandard)
export class CompetencyStandardResolver {
  @ConnectionListSize()
  @Query(() => CompetencyStandardConnection, {
    nullable: true,
    description: 'Competency standards, by code unless `orderBy` says otherwise.',
  })
  competencyStandards(
    @Arg('craftSlug', () => CraftSlugScalar, {
      nullable: true,
      deprecationReason: 'Use `filter: { craftSlug }`. Removal after 2027-06-01.',
      description: 'Only standards for this craft; the same as `filter.craftSlug`.',
    })
    craftSlug: string | null,
    @Args() args: CompetencyStandardListArgs,
    @Ctx() context: TrainingContext,
  ) {
    return findCompetencyStandards(context, craftSlug, args);
  }

  @FieldResolver(() => [Craft], { description: 'Crafts the standard covers.' })
  crafts(@Root() standard: CompetencyStandard) {
    return craftsOf(standard.craftSlugs);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that developed it.' })
  developedBy(@Root() standard: CompetencyStandard, @Ctx() context: TrainingContext) {
    return standard.developedById ? context.loaders.organizationById.load(standard.developedById) : null;
  }
}
