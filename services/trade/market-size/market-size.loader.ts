import type { DataSource } from 'typeorm';

import { allRowsLoader, entityByIdLoader } from '../../shared/platform/loaders';
import { MarketSizeFigure } from './market-size.entity';

/** Per-request loaders of the (few) market sizes, read once per operation, and of market sizes by id (the graph's `node(id:)`). */
export function createMarketSizeLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(MarketSizeFigure);
  return { allMarketSizes: allRowsLoader(repository, { market: 'ASC', id: 'ASC' }), marketSizeById: entityByIdLoader(repository) };
}
