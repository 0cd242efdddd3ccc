import type { BaseContext } from '@apollo/server';

import { accessSubgraph } from './access/public';
import { exhibitionsSubgraph } from './exhibitions/exhibitions.subgraph';
import type { SubgraphDefinition } from './shared/platform/server';
import { tradeSubgraph } from './trade/trade.subgraph';
import { trainingSubgraph } from './training/training.subgraph';

/** Every subgraph of the graph, in composition order. */
export const SUBGRAPHS: ReadonlyArray<SubgraphDefinition<BaseContext>> = [
  trainingSubgraph,
  exhibitionsSubgraph,
  tradeSubgraph,
  accessSubgraph,
];
