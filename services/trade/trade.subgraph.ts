import { Source } from '../shared/catalogue/source.entity';
import type { SubgraphDefinition } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { createTradeContext, type TradeContext } from './context';
import { ExportFigure } from './export-figure/export-figure.entity';
import { TRADE_COMPUTED_LIST_SIZES } from './export-total/export-total-groups';
import { GrowthTarget } from './growth-target/growth-target.entity';
import { MarketSizeFigure } from './market-size/market-size.entity';
import { TRADE_MIGRATIONS } from './migrations';
import { PolicyDocument } from './policy/policy-document.entity';
import { YearSlogan } from './policy/year-slogan.entity';
import { buildTradeSchema } from './schema';
import { seedSyntheticTrade } from './synthetic/synthetic-trade.seeder';

/** The trade subgraph: export figures with their sources, periods and aggregates; growth targets; market sizes. */
export const tradeSubgraph: SubgraphDefinition<TradeContext> = {
  ...SUBGRAPH_LOCATIONS.trade,
  databaseSchema: 'trade',
  entities: [ExportFigure, GrowthTarget, MarketSizeFigure, PolicyDocument, Source, YearSlogan],
  migrations: TRADE_MIGRATIONS,
  buildSchema: buildTradeSchema,
  createContext: (dataSource) => createTradeContext(dataSource),
  seedSynthetic: (manager, sizes) => seedSyntheticTrade(manager, { figures: sizes.figures }),
  computedListSizes: TRADE_COMPUTED_LIST_SIZES,
};
