import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { KeysetOrder, rankedIdsByParent, type Connection } from '../../shared/graphql';
import { alignByKey, entityByIdLoader, pagedByParentLoader, resolveIdsByParent, type ParentPageKey } from '../../shared/loaders';
import { ExportFigure } from './export-figure.entity';
import { exportFigureConditions, namedParameters } from './export-figure.filter';
import type { ExportFigureFilter } from './export-figure.inputs';

/** Export figures, most recent period first, then by id. */
export const EXPORT_FIGURE_ORDER = new KeysetOrder<ExportFigure>(
  [
    { sql: 'figure.period_starts_on', type: 'date', valueOf: (figure) => figure.periodStartsOn },
    { sql: 'figure.id', type: 'uuid', valueOf: (figure) => figure.id },
  ],
  'DESC',
);

/** The columns a shared entity's figures are found by. */
export type ExportParentColumn = 'province_code' | 'destination_code' | 'craft_slug';

/**
 * Per-request loaders of one kind of parent's export figures as connections,
 * one loader per filter: parents asked for with the same filter and page are
 * answered by one statement, whatever their number and the page size.
 */
export class ExportPagesByParent {
  private readonly loaders = new Map<string, DataLoader<ParentPageKey, Connection<ExportFigure>, string>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly parentColumn: ExportParentColumn,
    private readonly figureById: DataLoader<string, ExportFigure | null>,
  ) {}

  /** Returns the loader of connections of figures matching `filter`. */
  matching(filter: ExportFigureFilter | null | undefined): DataLoader<ParentPageKey, Connection<ExportFigure>, string> {
    const signature = JSON.stringify(filter ?? {});
    let loader = this.loaders.get(signature);
    if (!loader) {
      loader = this.createLoader(filter);
      this.loaders.set(signature, loader);
    }
    return loader;
  }

  /** Forgets every page loaded so far. */
  clearAll(): void {
    this.loaders.clear();
  }

  private createLoader(filter: ExportFigureFilter | null | undefined) {
    const column = `figure.${this.parentColumn}`;
    const baseQuery = (parents: readonly string[]) => {
      const { bind, parameters } = namedParameters('filter');
      const query = this.dataSource
        .getRepository(ExportFigure)
        .createQueryBuilder('figure')
        .where(`${column} IN (:...parents)`, { parents });
      for (const condition of exportFigureConditions(filter, 'figure', bind)) {
        query.andWhere(condition);
      }
      return query.setParameters({ ...parameters, parents });
    };
    const countByParent = new DataLoader<string, number>(async (parents) => {
      const rows: Array<{ parent: string; count: number }> = await baseQuery(parents)
        .select(column, 'parent')
        .addSelect('count(*)::int', 'count')
        .groupBy(column)
        .getRawMany();
      return alignByKey(parents, rows, (row) => row.parent).map((row) => row?.count ?? 0);
    });
    return pagedByParentLoader(
      EXPORT_FIGURE_ORDER,
      async (parents, page) => resolveIdsByParent(await rankedIdsByParent(baseQuery(parents), column, 'figure.id', page, EXPORT_FIGURE_ORDER), this.figureById),
      countByParent,
    );
  }
}

/** Per-request loaders of export figures: by id, and the figures of each province, destination and craft. */
export function createExportFigureLoaders(dataSource: DataSource) {
  const exportFigureById = entityByIdLoader(dataSource.getRepository(ExportFigure));
  return {
    exportFigureById,
    exportPagesByProvince: new ExportPagesByParent(dataSource, 'province_code', exportFigureById),
    exportPagesByDestination: new ExportPagesByParent(dataSource, 'destination_code', exportFigureById),
    exportPagesByCraft: new ExportPagesByParent(dataSource, 'craft_slug', exportFigureById),
  };
}
