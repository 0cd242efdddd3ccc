import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { ExportFigure } from './export-figure.entity';

/** A page of export figures. */
export const ExportFigureConnection = ConnectionType(ExportFigure, 'ExportFigure', 'export figures', PUBLIC_RECORD_MAX_AGE);
