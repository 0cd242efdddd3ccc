import type { DataSource } from 'typeorm';

import { sourceLoaders } from '../../shared/catalogue';

/** Per-request loaders of sources, of each kind of record's attributions, and of the policy records that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return sourceLoaders(
    dataSource,
    {
      ExportFigure: 'export_figure_id',
      GrowthTarget: 'growth_target_id',
      MarketSize: 'market_size_id',
      PolicyDocument: 'policy_document_id',
      YearSlogan: 'year_slogan_id',
    },
    // Figures, targets and market sizes name their source in a column of their own (`source_id`), by which a source lists them.
    ['PolicyDocument', 'YearSlogan'],
  );
}
