import 'reflect-metadata';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { portFromEnv } from '../services/shared/platform/env';
import type { ListeningGraphqlServer } from '../services/shared/platform/http/serve-graphql';
import { createLogger } from '../services/shared/platform/logger';
import { projectRoot } from '../services/shared/platform/project-root';
import { exitWithStartupError, reportReady, stopOnSignals, subgraphUrlsFromEnv } from '../services/shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../services/subgraph-locations';
import { startGateway } from './gateway-server';

/** Process entry of the gateway (`npm run start:gateway`): the committed supergraph, subgraph URLs from the environment. */
async function main(): Promise<void> {
  const logger = createLogger('gateway');
  let gateway: ListeningGraphqlServer | undefined;
  stopOnSignals(async () => {
    await gateway?.close();
  }, logger);
  try {
    const supergraphSdl = await readFile(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
    gateway = await startGateway({
      supergraphSdl,
      subgraphUrls: subgraphUrlsFromEnv(Object.values(SUBGRAPH_LOCATIONS)),
      port: portFromEnv('PORT', 4000),
    });
    logger.info('gateway ready', { url: gateway.url });
    reportReady(gateway.url);
  } catch (error) {
    exitWithStartupError(error, logger);
  }
}

void main();
