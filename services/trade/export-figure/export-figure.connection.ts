import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { ExportFigure } from './export-figure.entity';

/** A page of export figures. */
export const ExportFigureConnection = ConnectionType(ExportFigure, 'ExportFigure', 'export figures', PUBLIC_RECORD_MAX_AGE);

/** Export figures, most recent period first, then by id. */
export const EXPORT_FIGURE_ORDER = new KeysetOrder<ExportFigure>(
  [
    { sql: 'figure.period_starts_on', type: 'date', valueOf: (figure) => figure.periodStartsOn },
    { sql: 'figure.id', type: 'uuid', valueOf: (figure) => figure.id },
  ],
  'DESC',
);
