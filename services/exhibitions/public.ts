/**
 * What the gateway may use of the exhibitions subgraph without loading it:
 * what the cost estimate knows of exhibitions' fields. Only
 * services/subgraphs.ts, scripts and test/support reach exhibitions' other
 * files, to run it.
 */
export { EXHIBITIONS_COST_MODEL } from './exhibitions-cost-model';
