import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { Source } from '../../shared/catalogue/source.entity';
import { PublicCacheHint } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import type { TradeContext } from '../context';
import { GrowthTarget } from './growth-target.entity';

/** Growth targets and their sources. */
@Resolver(() => GrowthTarget)
export class GrowthTargetResolver {
  @PublicCacheHint()
  @Query(() => [GrowthTarget], {
    description: 'Growth targets for the sector, such as the eight percent of the National Handicrafts Document.',
  })
  growthTargets(@Ctx() context: TradeContext) {
    return context.loaders.allGrowthTargets.load('all');
  }

  @FieldResolver(() => [Source], { description: 'The report that states the target.' })
  sources(@Root() target: GrowthTarget, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.sourceById, [target.sourceId]);
  }
}
