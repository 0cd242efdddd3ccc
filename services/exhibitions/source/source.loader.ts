import type { DataSource } from 'typeorm';

import { attributionRowsLoader, citingRecordIdsLoader } from '../../shared/catalogue';
import { Source } from '../../shared/catalogue/source.entity';
import { entityByIdLoader } from '../../shared/platform/loaders';

/** Per-request loaders of sources, of each kind of record's attributions, and of the records of each kind that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    attributionsByExhibition: attributionRowsLoader(dataSource, 'exhibition_id'),
    attributionsByExportMarket: attributionRowsLoader(dataSource, 'export_market_id'),
    attributionsByDesignation: attributionRowsLoader(dataSource, 'designation_id'),
    attributionsByDesignationCount: attributionRowsLoader(dataSource, 'designation_count_id'),
    attributionsByMarketingActivity: attributionRowsLoader(dataSource, 'marketing_activity_id'),
    exhibitionIdsBySource: citingRecordIdsLoader(dataSource, 'exhibition_id'),
    exportMarketIdsBySource: citingRecordIdsLoader(dataSource, 'export_market_id'),
    designationIdsBySource: citingRecordIdsLoader(dataSource, 'designation_id'),
    designationCountIdsBySource: citingRecordIdsLoader(dataSource, 'designation_count_id'),
    marketingActivityIdsBySource: citingRecordIdsLoader(dataSource, 'marketing_activity_id'),
  };
}
