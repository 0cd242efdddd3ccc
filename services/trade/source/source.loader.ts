import type { DataSource } from 'typeorm';

import { attributionRowsLoader, citingRecordIdsLoader } from '../../shared/catalogue';
import { Source } from '../../shared/catalogue/source.entity';
import { entityByIdLoader } from '../../shared/platform/loaders';

/** Per-request loaders of sources, of each kind of record's attributions, and of the policy records that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    attributionsByExportFigure: attributionRowsLoader(dataSource, 'export_figure_id'),
    attributionsByGrowthTarget: attributionRowsLoader(dataSource, 'growth_target_id'),
    attributionsByMarketSize: attributionRowsLoader(dataSource, 'market_size_id'),
    attributionsByPolicyDocument: attributionRowsLoader(dataSource, 'policy_document_id'),
    attributionsByYearSlogan: attributionRowsLoader(dataSource, 'year_slogan_id'),
    policyDocumentIdsBySource: citingRecordIdsLoader(dataSource, 'policy_document_id'),
    yearSloganIdsBySource: citingRecordIdsLoader(dataSource, 'year_slogan_id'),
  };
}
