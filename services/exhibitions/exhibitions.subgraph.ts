import { Source } from '../shared/catalogue/source.entity';
import type { SubgraphDefinition } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { createExhibitionsContext, type ExhibitionsContext } from './context';
import { WorldCraftDesignation } from './designation/world-craft-designation.entity';
import { WorldCraftDesignationCountReport } from './designation/world-craft-designation-count-report.entity';
import { Exhibition } from './exhibition/exhibition.entity';
import { Exhibitor } from './exhibitor/exhibitor.entity';
import { ExportMarket } from './export-market/export-market.entity';
import { MarketingActivity } from './marketing-activity/marketing-activity.entity';
import { EXHIBITIONS_MIGRATIONS } from './migrations';
import { buildExhibitionsSchema } from './schema';
import { seedSyntheticExhibitions } from './synthetic/synthetic-exhibitions.seeder';

/** The exhibitions and markets subgraph: exhibitions and their exhibitors, export markets, world craft designations. */
export const exhibitionsSubgraph: SubgraphDefinition<ExhibitionsContext> = {
  ...SUBGRAPH_LOCATIONS.exhibitions,
  databaseSchema: 'exhibitions',
  entities: [Exhibition, Exhibitor, ExportMarket, MarketingActivity, Source, WorldCraftDesignation, WorldCraftDesignationCountReport],
  migrations: EXHIBITIONS_MIGRATIONS,
  buildSchema: buildExhibitionsSchema,
  createContext: (dataSource, peers) => createExhibitionsContext(dataSource, peers),
  seedSynthetic: (manager, sizes) => seedSyntheticExhibitions(manager, { exhibitions: sizes.exhibitions, artisans: sizes.artisans }),
};
