import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { Source } from '../../shared/catalogue/source.entity';
import { entityByIdLoader } from '../../shared/platform/loaders';
import { GrowthTarget } from '../growth-target/growth-target.entity';
import { MarketSizeFigure } from '../market-size/market-size.entity';

/** Per-request loaders of sources, and of the (few) growth targets and market sizes, each read once per operation. */
export function createSourceLoaders(dataSource: DataSource) {
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    allGrowthTargets: new DataLoader<'all', GrowthTarget[]>(async (keys) => {
      const targets = await dataSource.getRepository(GrowthTarget).find({ order: { description: 'ASC', id: 'ASC' } });
      return keys.map(() => targets);
    }),
    allMarketSizes: new DataLoader<'all', MarketSizeFigure[]>(async (keys) => {
      const markets = await dataSource.getRepository(MarketSizeFigure).find({ order: { market: 'ASC', id: 'ASC' } });
      return keys.map(() => markets);
    }),
  };
}
