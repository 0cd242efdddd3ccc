/**
 * What the rest of the graph (the gateway) may use of the trade subgraph
 * without loading it. Nothing outside `services/trade` imports any other file of it
 * but the scripts that run trade itself (seeding, the CSV import, the bench).
 */
export { GROUPING_FILTER_FIELDS } from './export-total/grouping-filter-fields';
