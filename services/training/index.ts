import 'reflect-metadata';

import { runSubgraphProcess } from '../shared/platform/server';
import { trainingSubgraph } from './training.subgraph';

void runSubgraphProcess(trainingSubgraph);
