import type { DataSource } from 'typeorm';

import { allRowsLoader } from '../../shared/platform/loaders';
import { MarketSizeFigure } from './market-size.entity';

/** Per-request loader of the (few) market sizes, read once per operation. */
export function createMarketSizeLoaders(dataSource: DataSource) {
  return { allMarketSizes: allRowsLoader(dataSource.getRepository(MarketSizeFigure), { market: 'ASC', id: 'ASC' }) };
}
