import 'reflect-metadata';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { DatabaseHandle, resolveDatabase } from '../services/shared/platform/database';
import { gatewaySecretFromEnv, portFromEnv } from '../services/shared/platform/env';
import type { ListeningGraphqlServer } from '../services/shared/platform/http/serve-graphql';
import { createLogger } from '../services/shared/platform/logger';
import { projectRoot } from '../services/shared/platform/project-root';
import { exitWithStartupError, reportReady, stopOnSignals, subgraphUrlsFromEnv } from '../services/shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../services/subgraph-locations';
import { startGateway } from './gateway-server';

/**
 * Process entry of the gateway (`npm run start:gateway`): the committed
 * supergraph, subgraph URLs and GATEWAY_SECRET from the environment, API keys
 * from the database (DATABASE_URL or the embedded PostgreSQL), ADMIN_API_KEY
 * as an admin's key when set.
 */
async function main(): Promise<void> {
  const logger = createLogger('gateway');
  let gateway: ListeningGraphqlServer | undefined;
  let database: DatabaseHandle | undefined;
  stopOnSignals(async () => {
    await gateway?.close();
    await database?.release();
  }, logger);
  try {
    const gatewaySecret = gatewaySecretFromEnv();
    const supergraphSdl = await readFile(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
    database = await resolveDatabase();
    gateway = await startGateway({
      supergraphSdl,
      subgraphUrls: subgraphUrlsFromEnv(Object.values(SUBGRAPH_LOCATIONS)),
      port: portFromEnv('PORT', 4000),
      databaseUrl: database.url,
      gatewaySecret,
      adminKey: process.env.ADMIN_API_KEY || undefined,
    });
    logger.info('gateway ready', { url: gateway.url });
    reportReady(gateway.url);
  } catch (error) {
    await database?.release();
    exitWithStartupError(error, logger);
  }
}

void main();
