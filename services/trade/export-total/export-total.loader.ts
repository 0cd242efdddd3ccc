import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { loadAll } from '../../shared/platform/loaders';
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
        const batches = new Map<ExportTotalsQuery, Map<number, TotalFiguresKey[]>>();
        for (const key of keys) {
          const byFirst = batches.get(key.total.query) ?? new Map<number, TotalFiguresKey[]>();
          byFirst.set(key.first, [...(byFirst.get(key.first) ?? []), key]);
          batches.set(key.total.query, byFirst);
        }
        const idsByKey = new Map<TotalFiguresKey, string[]>();
        for (const [query, byFirst] of batches) {
          for (const [first, batch] of byFirst) {
            const { sql, values } = query.figureIdsSql([...new Set(batch.map((key) => key.total.groupKey))], first);
            const rows: Array<{ group_key: string; id: string }> = await dataSource.query(sql, values);
            const idsByGroup = new Map<string, string[]>();
            for (const row of rows) {
              idsByGroup.set(row.group_key, [...(idsByGroup.get(row.group_key) ?? []), row.id]);
            }
            batch.forEach((key) => idsByKey.set(key, idsByGroup.get(key.total.groupKey) ?? []));
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
        const byQuery = new Map<ExportTotalsQuery, ExportTotal[]>();
        for (const total of totals) {
          byQuery.set(total.query, [...(byQuery.get(total.query) ?? []), total]);
        }
        const idsByGroup = new Map<ExportTotalsQuery, Map<string, string[]>>();
        for (const [query, batch] of byQuery) {
          const { sql, values } = query.figureIdsSql([...new Set(batch.map((total) => total.groupKey))], null, true);
          const rows: Array<{ group_key: string; id: string }> = await dataSource.query(sql, values);
          const groups = new Map<string, string[]>();
          for (const row of rows) {
            groups.set(row.group_key, [...(groups.get(row.group_key) ?? []), row.id]);
          }
          idsByGroup.set(query, groups);
        }
        return Promise.all(totals.map((total) => loadAll(figureById, idsByGroup.get(total.query)?.get(total.groupKey) ?? [])));
      },
      { cache: false },
    ),
  };
}
