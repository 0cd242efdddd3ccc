import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { CraftSlugScalar, craftsOf } from '../../shared/catalogue';
import { PageArgs } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { Craft } from '../reference/craft.type';
import { CompetencyStandardConnection } from './competency-standard.connection';
import { CompetencyStandard } from './competency-standard.entity';
import { findCompetencyStandards } from './competency-standard.service';

/** Competency standards: listing, crafts and who developed each. */
@Resolver(() => CompetencyStandard)
export class CompetencyStandardResolver {
  @Query(() => CompetencyStandardConnection, { description: 'Competency standards, by code.' })
  competencyStandards(
    @Arg('craftSlug', () => CraftSlugScalar, { nullable: true, description: 'Only standards for this craft.' }) craftSlug: string | null,
    @Args() page: PageArgs,
    @Ctx() context: TrainingContext,
  ) {
    return findCompetencyStandards(context, craftSlug, page);
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
