import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server';
import { trainingSubgraph } from './training.subgraph';

void runSubgraphProcess(trainingSubgraph);
