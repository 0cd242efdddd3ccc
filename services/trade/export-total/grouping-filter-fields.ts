import type { ExportFigureFilter } from '../export-figure/export-figure.inputs';
import type { ExportGrouping } from './export-total.inputs';

/**
 * The filter fields that fix each dimension of `exportTotals` (`groupBy`), so
 * that its totals fall into one group, or a handful, instead of one per
 * value: used by the totals to choose the figures' level of detail and by the
 * gateway to estimate an operation's cost. A craft and an HS code are two
 * views of one dimension, the product: a filter on either fixes both.
 * `solarYears` is absent: it selects years, several when it lists several.
 * Only types are imported, so that the gateway loads nothing of trade.
 */
export const GROUPING_FILTER_FIELDS: Readonly<Record<`${ExportGrouping}`, ReadonlyArray<keyof ExportFigureFilter>>> = {
  YEAR: [],
  CHANNEL: ['channel'],
  DESTINATION: ['destinationCode'],
  CRAFT: ['craftSlug', 'hsCode'],
  HS_CODE: ['craftSlug', 'hsCode'],
  PROVINCE: ['provinceCode'],
};
