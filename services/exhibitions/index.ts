import 'reflect-metadata';

import { runSubgraphProcess } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { exhibitionsSubgraph } from './exhibitions.subgraph';

// Peers: the training subgraph, asked about artisans and organisations before a write.
void runSubgraphProcess(exhibitionsSubgraph, Object.values(SUBGRAPH_LOCATIONS));
