import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { CraftSlugScalar, craftsOf } from '../../shared/catalogue';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { Craft } from '../reference/craft.type';
import { InstructorConnection } from './instructor.connection';
import { Instructor } from './instructor.entity';
import { InstructorListArgs } from './instructor.inputs';
import { findInstructors } from './instructor.service';

/** Instructors: listing, crafts and affiliation. */
@Resolver(() => Instructor)
export class InstructorResolver {
  @ConnectionListSize()
  @Query(() => InstructorConnection, { nullable: true, description: 'Instructors, by name unless `orderBy` says otherwise.' })
  instructors(
    @Arg('craftSlug', () => CraftSlugScalar, {
      nullable: true,
      deprecationReason: 'Use `filter: { craftSlug }`. Removal after 2027-06-01.',
      description: 'Only instructors teaching this craft; the same as `filter.craftSlug`.',
    })
    craftSlug: string | null,
    @Args() args: InstructorListArgs,
    @Ctx() context: TrainingContext,
  ) {
    return findInstructors(context, craftSlug, args);
  }

  @FieldResolver(() => [Craft], { description: 'Crafts the instructor teaches.' })
  crafts(@Root() instructor: Instructor) {
    return craftsOf(instructor.craftSlugs);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the instructor works for.' })
  affiliation(@Root() instructor: Instructor, @Ctx() context: TrainingContext) {
    return instructor.affiliationId ? context.loaders.organizationById.load(instructor.affiliationId) : null;
  }
}
