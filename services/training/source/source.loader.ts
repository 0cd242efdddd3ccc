import type { DataSource } from 'typeorm';

import { sourceLoaders } from '../../shared/catalogue';

/** The kinds of record that cite sources: each has a column in `attribution`. */
const CITING_KINDS = ['Organization', 'Course', 'Agreement', 'TrainingCentre', 'OfficialVisit'] as const;

/** Per-request loaders of sources, of each kind of record's attributions, and of the records of each kind that cite a source. */
export function createSourceLoaders(dataSource: DataSource) {
  return sourceLoaders(dataSource, CITING_KINDS, CITING_KINDS);
}
