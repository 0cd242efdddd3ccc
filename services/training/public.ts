/**
 * What the gateway may use of the training subgraph without loading it: what
 * the cost estimate knows of training's fields. Only services/subgraphs.ts,
 * scripts and test/support reach training's other files, to run it.
 */
export { TRAINING_COST_MODEL } from './training-cost-model';
