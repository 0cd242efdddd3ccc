import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { AssumedListSize, GROWING_LIST_SIZE, PublicCacheHint } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import type { TradeContext } from '../context';
import { PolicyDocument } from '../policy/policy-document.entity';
import { attributionsOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { GrowthTarget } from './growth-target.entity';

/** Growth targets and their sources. */
@Resolver(() => GrowthTarget)
export class GrowthTargetResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @PublicCacheHint()
  @Query(() => [GrowthTarget], {
    nullable: true,
    description: 'Growth targets for the sector, such as the eight percent of the National Handicrafts Document.',
  })
  growthTargets(@Ctx() context: TradeContext) {
    return context.loaders.allGrowthTargets.load('all');
  }

  @FieldResolver(() => PolicyDocument, { nullable: true, description: 'The policy document that sets the target; null when not known.' })
  policyDocument(@Root() target: GrowthTarget, @Ctx() context: TradeContext) {
    return target.policyDocumentId ? context.loaders.policyDocumentById.load(target.policyDocumentId) : null;
  }

  @FieldResolver(() => [Attribution], { description: 'Who stated the target, in which report and words.' })
  attributions(@Root() target: GrowthTarget, @Ctx() context: TradeContext) {
    return attributionsOf(context, context.loaders.attributionsByGrowthTarget.load(target.id), target.sourceId);
  }

  @FieldResolver(() => [Source], { description: 'The report that states the target.' })
  sources(@Root() target: GrowthTarget, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.sourceById, [target.sourceId]);
  }
}
