import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../platform/loaders';
import { type AttributionRow, attributionRowsLoader, citingRecordIdsLoader } from './attribution-rows';
import { Source } from './source.entity';

/** The loaders `sourceLoaders` returns, named after the kinds of record: `attributionsByCourse`, `courseIdsBySource`, … */
export type SourceLoaders<TKind extends string, TCited extends TKind> = { sourceById: DataLoader<string, Source | null> } & {
  [Kind in TKind as `attributionsBy${Kind}`]: DataLoader<string, AttributionRow[]>;
} & { [Kind in TCited as `${Uncapitalize<Kind>}IdsBySource`]: DataLoader<string, string[]> };

/**
 * Returns a subgraph's per-request loaders of sources: by id, the attribution
 * rows of each kind of record in `kinds` (a type name such as
 * `TrainingCentre`, whose column of the subgraph's `attribution` table is
 * `training_centre_id`), and, for the kinds in `cited`, the ids of the
 * records that cite each source.
 */
export function sourceLoaders<TKind extends string, TCited extends TKind>(
  dataSource: DataSource,
  kinds: readonly TKind[],
  cited: readonly TCited[],
): SourceLoaders<TKind, TCited> {
  return Object.fromEntries([
    ['sourceById', entityByIdLoader(dataSource.getRepository(Source))],
    ...kinds.map((kind) => [`attributionsBy${kind}`, attributionRowsLoader(dataSource, attributionColumn(kind))]),
    ...cited.map((kind) => [
      `${kind[0].toLowerCase()}${kind.slice(1)}IdsBySource`,
      citingRecordIdsLoader(dataSource, attributionColumn(kind)),
    ]),
  ]) as SourceLoaders<TKind, TCited>;
}

/** Returns the column of `attribution` that holds the ids of a kind of record: `TrainingCentre` → `training_centre_id`. */
function attributionColumn(kind: string): string {
  return `${kind.replace(/(?<!^)(?=[A-Z])/g, '_').toLowerCase()}_id`;
}
