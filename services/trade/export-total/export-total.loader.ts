import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { groupByKey, loadAll } from '../../shared/platform/loaders';
import type { ExportFigure } from '../export-figure/export-figure.entity';
import type { ExportTotal } from './export-total.type';
import type { ExportTotalsQuery } from './export-totals-query';

/** A request for the figures one total adds up. */
export interface TotalFiguresKey {
  readonly total: ExportTotal;
  readonly first: number;
}

/**
 * Per-request loader of the figures each total adds up, largest first: the
 * totals of one aggregate asked for with the same `first` are answered by one
 * statement, then one batch of figures by id; and the figures of each total
 * that carry derivations, all of them.
 */
export function createExportTotalLoaders(dataSource: DataSource, figureById: DataLoader<string, ExportFigure | null>) {
  return {
    figuresOfTotal: new DataLoader<TotalFiguresKey, ExportFigure[]>(
      async (keys) => {
        const idsByKey = new Map<TotalFiguresKey, string[]>();
        for (const [query, keysOfQuery] of groupsBy(keys, (key) => key.total.query)) {
          for (const [first, batch] of groupsBy(keysOfQuery, (key) => key.first)) {
            const ids = await figureIdsOf(
              dataSource,
              query,
              batch.map((key) => key.total.groupKey),
              first,
            );
            batch.forEach((key, index) => idsByKey.set(key, ids[index]));
          }
        }
        const figures = await loadAll(figureById, [...new Set([...idsByKey.values()].flat())]);
        const byId = new Map(figures.map((figure) => [figure.id, figure]));
        return keys.map((key) =>
          (idsByKey.get(key) ?? []).map((id) => byId.get(id)).filter((figure): figure is ExportFigure => figure !== undefined),
        );
      },
      // Keys are objects made per field; the batch itself removes repeats.
      { cache: false },
    ),
    derivedFiguresOfTotal: new DataLoader<ExportTotal, ExportFigure[]>(
      async (totals) => {
        const idsByTotal = new Map<ExportTotal, string[]>();
        for (const [query, batch] of groupsBy(totals, (total) => total.query)) {
          const ids = await figureIdsOf(
            dataSource,
            query,
            batch.map((total) => total.groupKey),
            null,
            true,
          );
          batch.forEach((total, index) => idsByTotal.set(total, ids[index]));
        }
        return Promise.all(totals.map((total) => loadAll(figureById, idsByTotal.get(total) ?? [])));
      },
      { cache: false },
    ),
  };
}

/** Returns `items` in groups of equal `keyOf`, each with its key, in the order keys first occur. */
function groupsBy<TItem, TKey>(items: readonly TItem[], keyOf: (item: TItem) => TKey): Array<[TKey, TItem[]]> {
  const keys = [...new Set(items.map(keyOf))];
  const groups = groupByKey(keys, items, keyOf);
  return keys.map((key, index) => [key, groups[index]]);
}

/** Returns the ids of the figures of each of the aggregate's groups `groupKeys` (see `figureIdsSql`), in key order: one statement. */
async function figureIdsOf(
  dataSource: DataSource,
  query: ExportTotalsQuery,
  groupKeys: readonly string[],
  first: number | null,
  onlyDerived = false,
): Promise<string[][]> {
  const { sql, values } = query.figureIdsSql([...new Set(groupKeys)], first, onlyDerived);
  const rows: Array<{ group_key: string; id: string }> = await dataSource.query(sql, values);
  return groupByKey(groupKeys, rows, (row) => row.group_key).map((group) => group.map((row) => row.id));
}
