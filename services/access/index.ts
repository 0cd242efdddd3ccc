import 'reflect-metadata';

import { runSubgraphProcess } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { accessSubgraph } from './access.subgraph';

// Peers: the subgraphs that hold records, asked which type an id of `node(id:)` names.
void runSubgraphProcess(accessSubgraph, Object.values(SUBGRAPH_LOCATIONS));
