import type { DataSource } from 'typeorm';

import { sourceLoaders } from '../../shared/catalogue';

/** Per-request loaders of sources, of each kind of record's attributions, and of the records of each kind that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return sourceLoaders(
    dataSource,
    {
      Exhibition: 'exhibition_id',
      ExportMarket: 'export_market_id',
      Designation: 'designation_id',
      DesignationCount: 'designation_count_id',
      MarketingActivity: 'marketing_activity_id',
    },
    ['Exhibition', 'ExportMarket', 'Designation', 'DesignationCount', 'MarketingActivity'],
  );
}
