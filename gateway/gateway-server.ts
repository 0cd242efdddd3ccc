import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';

import { type ListeningGraphqlServer, serveGraphql } from '../services/shared/platform/http/serve-graphql';
import { apolloLoggerFor, createLogger } from '../services/shared/platform/logger';
import { createGraphqlServer } from '../services/shared/platform/server';

/** Options of `startGateway`. */
export interface GatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  readonly supergraphSdl: string;
  /** URL of each subgraph by name; names missing here keep the supergraph's URL. */
  readonly subgraphUrls: Record<string, string>;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
}

/**
 * Starts Apollo Gateway over a fixed supergraph (no polling, no Apollo cloud)
 * and serves it at /graphql; returns once it accepts requests.
 */
export async function startGateway(options: GatewayOptions): Promise<ListeningGraphqlServer> {
  // The gateway sends usage data to Apollo unless told otherwise; nothing here phones home.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const logger = createLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: options.subgraphUrls[name] ?? url }),
    logger: apolloLoggerFor(logger),
  });
  const server = createGraphqlServer({ gateway, log: logger });
  return serveGraphql(server, { name: 'gateway', port: options.port, host: options.host, context: async () => ({}) });
}
