import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { AssumedListSize, GROWING_LIST_SIZE, PublicCacheHint } from '../../shared/platform/graphql';
import { loadAll } from '../../shared/platform/loaders';
import type { TradeContext } from '../context';
import { TradePeriod } from '../period/trade-period.type';
import { attributionsOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { MarketSizeFigure } from './market-size.entity';

/** Market sizes and their sources. */
@Resolver(() => MarketSizeFigure)
export class MarketSizeResolver {
  @AssumedListSize(GROWING_LIST_SIZE)
  @PublicCacheHint()
  @Query(() => [MarketSizeFigure], {
    nullable: true,
    description: 'Sizes of markets that handicraft exports compete in, such as the global handicrafts market, as sources state them.',
  })
  marketSizes(@Ctx() context: TradeContext) {
    return context.loaders.allMarketSizes.load('all');
  }

  @FieldResolver(() => TradePeriod, {
    nullable: true,
    description: 'The period the value holds for; null when the source does not say (as for the $770 billion global market).',
  })
  period(@Root() market: MarketSizeFigure): TradePeriod | null {
    return market.periodStartsOn && market.periodEndsOn
      ? { solarYear: market.solarYear, startsOn: market.periodStartsOn, endsOn: market.periodEndsOn }
      : null;
  }

  @FieldResolver(() => [Attribution], { description: 'Who stated the value, in which report and words.' })
  attributions(@Root() market: MarketSizeFigure, @Ctx() context: TradeContext) {
    return attributionsOf(context, context.loaders.attributionsByMarketSize.load(market.id), market.sourceId);
  }

  @FieldResolver(() => [Source], { description: 'The report that states the value.' })
  sources(@Root() market: MarketSizeFigure, @Ctx() context: TradeContext) {
    return loadAll(context.loaders.sourceById, [market.sourceId]);
  }
}
