import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { ExportFigure } from './export-figure.entity';
import { applyExportFigureFilter, type ExportFigureFilterValues } from './export-figure.filter';

/** The columns a shared entity's (or a source's) figures are found by. */
type ExportParentColumn = 'province_code' | 'destination_code' | 'craft_slug' | 'source_id';

/** Per-request loaders of export figures: by id, and the figures of each province, destination and craft as pages. */
export function createExportFigureLoaders(dataSource: DataSource) {
  const exportFigureById = entityByIdLoader(dataSource.getRepository(ExportFigure));
  /** Returns the pages of figures of one kind of parent, filtered: one statement for all parents asked with the same filter and page. */
  const pagesBy = (parentColumn: ExportParentColumn) =>
    new ChildPages<ExportFigure, ExportFigureFilterValues>({
      list: `export figures by ${parentColumn}`,
      query: (parentKeys, filter) =>
        applyExportFigureFilter(
          dataSource
            .getRepository(ExportFigure)
            .createQueryBuilder('figure')
            .where(`figure.${parentColumn} IN (:...parentKeys)`, { parentKeys }),
          filter,
        ),
      parentSql: `figure.${parentColumn}`,
      parentKeyIsUuid: parentColumn === 'source_id',
      nodes: { idSql: 'figure.id', nodeById: exportFigureById },
    });
  return {
    exportFigureById,
    exportPagesByProvince: pagesBy('province_code'),
    exportPagesByDestination: pagesBy('destination_code'),
    exportPagesByCraft: pagesBy('craft_slug'),
    exportPagesBySource: pagesBy('source_id'),
  };
}
