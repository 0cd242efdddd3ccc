import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server';
import { SUBGRAPHS } from '../subgraphs';
import { exhibitionsSubgraph } from './exhibitions.subgraph';

// Peers: the training subgraph, asked about artisans and organisations before a write.
void runSubgraphProcess(exhibitionsSubgraph, SUBGRAPHS);
