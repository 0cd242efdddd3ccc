/**
 * What the gateway may use of the trade subgraph without loading it: the
 * list sizes of its fields that the cost directives cannot state (the groups
 * of `exportTotals`, from the filter fields that fix each grouping). Only
 * scripts and test/support reach trade's other files, to run it (seeding,
 * the CSV import, the bench).
 */
export { TRADE_COMPUTED_LIST_SIZES } from './export-total/export-total-groups';
