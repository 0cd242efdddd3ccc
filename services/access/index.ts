import 'reflect-metadata';

import { runSubgraphProcess } from '../shared/platform/server';
import { accessSubgraph } from './access.subgraph';

void runSubgraphProcess(accessSubgraph);
