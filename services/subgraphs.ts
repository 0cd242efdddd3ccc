import { exhibitionsSubgraph } from './exhibitions/exhibitions.subgraph';
import type { SubgraphDefinition } from './shared/server';
import { trainingSubgraph } from './training/training.subgraph';

/** Every subgraph of the graph, in composition order. */
export const SUBGRAPHS: ReadonlyArray<SubgraphDefinition<never>> = [
  trainingSubgraph as SubgraphDefinition<never>,
  exhibitionsSubgraph as SubgraphDefinition<never>,
];
