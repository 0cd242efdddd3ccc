import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { DatabaseHandle, resolveDatabase } from '../services/shared/platform/database';
import { gatewaySecretFromEnv, isSingleProcess, portFromEnv } from '../services/shared/platform/env';
import type { ListeningGraphqlServer } from '../services/shared/platform/http/serve-graphql';
import { createLogger } from '../services/shared/platform/logger';
import { projectRoot } from '../services/shared/platform/project-root';
import { exitWithStartupError, reportReady, stopOnSignals, subgraphUrlsFromEnv } from '../services/shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../services/subgraph-locations';
import { startGateway } from './gateway-server';
import { startInProcessSubgraphs } from './in-process-subgraphs';

/**
 * Process entry of the gateway (`npm run start:gateway`): the committed
 * supergraph, subgraph URLs and GATEWAY_SECRET from the environment, API keys
 * from the database (ACCESS_DATABASE_URL, DATABASE_URL or the embedded PostgreSQL), ADMIN_API_KEY
 * as an admin's key when set. With SINGLE_PROCESS=true every subgraph runs
 * inside this process (the one-process mode).
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
    const singleProcess = isSingleProcess();
    // Signed identities travel only to subgraphs over HTTP; in one process there are none to sign for.
    const gatewaySecret = singleProcess ? randomBytes(32).toString('base64url') : gatewaySecretFromEnv();
    const supergraphSdl = await readFile(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
    // Alone, the gateway opens only the access schema (API keys, audit trail): ACCESS_DATABASE_URL when set.
    database = await resolveDatabase(singleProcess ? undefined : 'access');
    // The subgraphs' code is loaded only in the one-process mode: the gateway alone does not need it.
    const inProcess = singleProcess
      ? await startInProcessSubgraphs((await import('../services/subgraphs.js')).SUBGRAPHS, database.url, logger)
      : undefined;
    gateway = await startGateway({
      supergraphSdl,
      subgraphUrls: subgraphUrlsFromEnv(Object.values(SUBGRAPH_LOCATIONS)),
      port: portFromEnv('PORT', 4000),
      databaseUrl: database.url,
      gatewaySecret,
      adminKey: process.env.ADMIN_API_KEY || undefined,
      inProcess,
    });
    logger.info('gateway ready', { url: gateway.url });
    reportReady(gateway.url);
  } catch (error) {
    await database?.release();
    exitWithStartupError(error, logger);
  }
}

void main();
