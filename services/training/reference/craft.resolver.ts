import { Arg, Query, Resolver } from 'type-graphql';

import { CraftSlugScalar } from '../../shared/catalogue';
import { type CraftRecord, CRAFTS, findCraft } from '../../shared/catalogue';
import { AssumedListSize } from '../../shared/platform/graphql';
import { Craft } from './craft.type';

/** The craft catalogue. */
@Resolver(() => Craft)
export class CraftResolver {
  @AssumedListSize(CRAFTS.length)
  @Query(() => [Craft], { nullable: true, description: 'All crafts of the catalogue.' })
  crafts(): readonly CraftRecord[] {
    return CRAFTS;
  }

  @Query(() => Craft, { nullable: true, description: 'The craft with this slug.' })
  craft(@Arg('slug', () => CraftSlugScalar, { description: 'Slug, e.g. `kilim`.' }) slug: string): CraftRecord | null {
    return findCraft(slug) ?? null;
  }
}
