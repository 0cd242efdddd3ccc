import type { DataSource } from 'typeorm';

import type { OwnContext, SubgraphContext } from '../shared/platform/server';
import { createExportFigureLoaders } from './export-figure/export-figure.loader';
import { createExportTotalLoaders } from './export-total/export-total.loader';
import { createGrowthTargetLoaders } from './growth-target/growth-target.loader';
import { createMarketSizeLoaders } from './market-size/market-size.loader';
import { createPolicyLoaders } from './policy/policy.loader';
import { createSourceLoaders } from './source/source.loader';

/** Returns a fresh set of the trade subgraph's DataLoaders: one set per operation, never shared. */
export function createTradeLoaders(dataSource: DataSource) {
  const figureLoaders = createExportFigureLoaders(dataSource);
  return {
    ...figureLoaders,
    ...createExportTotalLoaders(dataSource, figureLoaders.exportFigureById),
    ...createGrowthTargetLoaders(dataSource),
    ...createMarketSizeLoaders(dataSource),
    ...createPolicyLoaders(dataSource),
    ...createSourceLoaders(dataSource),
  };
}

/** The trade subgraph's loaders, by name. */
export type TradeLoaders = ReturnType<typeof createTradeLoaders>;

/** What every trade resolver receives. */
export type TradeContext = SubgraphContext<TradeLoaders>;

/** Returns the context of one operation. */
export function createTradeContext(dataSource: DataSource): OwnContext<TradeContext> {
  return { dataSource, loaders: createTradeLoaders(dataSource) };
}
