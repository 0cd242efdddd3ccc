/**
 * What the gateway may use of the trade subgraph without loading it: what
 * the cost estimate knows of trade's fields (the groups of `exportTotals`,
 * from the filter fields that fix each grouping; the points of its costly
 * fields). Only scripts and test/support reach trade's other files, to run
 * it (seeding, the CSV import, the bench).
 */
export { TRADE_COST_MODEL } from './trade-cost-model';
