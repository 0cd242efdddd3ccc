import 'reflect-metadata';

import { runSubgraphProcess } from '../shared/platform/server';
import { tradeSubgraph } from './trade.subgraph';

void runSubgraphProcess(tradeSubgraph);
