/**
 * What the gateway may use of the trade subgraph without loading it: the
 * filter fields that fix each grouping of `exportTotals`, for its cost
 * estimate. Only scripts and test/support reach trade's other files, to run
 * it (seeding, the CSV import, the bench).
 */
export { GROUPING_FILTER_FIELDS } from './export-total/grouping-filter-fields';
