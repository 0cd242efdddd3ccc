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
 * rows of each kind of record (`columns`: the kind's column of the
 * subgraph's `attribution` table), and, for the kinds in `cited`, the ids of
 * the records that cite each source.
 */
export function sourceLoaders<TKind extends string, TCited extends TKind>(
  dataSource: DataSource,
  columns: Readonly<Record<TKind, string>>,
  cited: readonly TCited[],
): SourceLoaders<TKind, TCited> {
  const kinds = Object.keys(columns) as TKind[];
  return Object.fromEntries([
    ['sourceById', entityByIdLoader(dataSource.getRepository(Source))],
    ...kinds.map((kind) => [`attributionsBy${kind}`, attributionRowsLoader(dataSource, columns[kind])]),
    ...cited.map((kind) => [`${kind[0].toLowerCase()}${kind.slice(1)}IdsBySource`, citingRecordIdsLoader(dataSource, columns[kind])]),
  ]) as SourceLoaders<TKind, TCited>;
}
