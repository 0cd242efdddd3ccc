import type { DataSource } from 'typeorm';

import { sourceLoaders } from '../../shared/catalogue';

/** The kinds of record that cite sources: each has a column in `attribution`. */
const CITING_KINDS = ['ExportFigure', 'GrowthTarget', 'MarketSize', 'PolicyDocument', 'YearSlogan'] as const;

/** Per-request loaders of sources, of each kind of record's attributions, and of the policy records that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return sourceLoaders(dataSource, CITING_KINDS, [
    // Figures, targets and market sizes name their source in a column of their own (`source_id`), by which a source lists them.
    'PolicyDocument',
    'YearSlogan',
  ]);
}
