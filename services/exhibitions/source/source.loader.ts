import type { DataSource } from 'typeorm';

import { Source } from '../../shared/catalogue/source.entity';
import { sourceIdsLoader } from '../../shared/catalogue/source-links';
import { entityByIdLoader } from '../../shared/platform/loaders';

/** Per-request loaders of sources and of the source ids each kind of record cites. */
export function createSourceLoaders(dataSource: DataSource) {
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    sourceIdsByExhibition: sourceIdsLoader(dataSource, 'exhibition_source', 'exhibition_id'),
    sourceIdsByExportMarket: sourceIdsLoader(dataSource, 'export_market_source', 'export_market_id'),
    sourceIdsByDesignation: sourceIdsLoader(dataSource, 'world_craft_designation_source', 'designation_id'),
  };
}
