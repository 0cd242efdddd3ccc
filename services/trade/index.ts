import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server';
import { tradeSubgraph } from './trade.subgraph';

void runSubgraphProcess(tradeSubgraph);
