import type { SubgraphDefinition } from './shared/server';
import { tradeSubgraph } from './trade/trade.subgraph';
import { trainingSubgraph } from './training/training.subgraph';

/** Every subgraph of the graph, in composition order. */
export const SUBGRAPHS: ReadonlyArray<SubgraphDefinition<never>> = [
  trainingSubgraph as SubgraphDefinition<never>,
  tradeSubgraph as SubgraphDefinition<never>,
];
