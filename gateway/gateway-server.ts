import { ApolloGateway } from '@apollo/gateway';
import type { Request } from 'express';

import { ACCESS_DATABASE, storedTrustedDocumentLookup } from '../services/access/public';
import { databaseReadiness, subgraphDatabaseUrl } from '../services/shared/platform/database';
import { type HttpLimits, integerFromEnv, isProductionFromEnv, portFromEnv, serverSettingsFromEnv } from '../services/shared/platform/env';
import {
  type ListeningGraphqlServer,
  type Readiness,
  requestContextFields,
  serveGraphql,
  ServerMetrics,
} from '../services/shared/platform/http';
import { armorRules, type OperationCostModel } from '../services/shared/platform/limits';
import { apolloLoggerFor, createLogger } from '../services/shared/platform/logger';
import { createGraphqlServer, openSubgraphDatabase } from '../services/shared/platform/server';
import { responseCachePlugin, type ResponseCacheSettings, responseCacheSettingsFromEnv } from './cache';
import { apiKeyCaller, auditPlugin, introspectionPlugin } from './caller';
import type { GatewayContext } from './gateway-context';
import { createGraphiql, graphiqlEnabledFromEnv } from './graphiql';
import { InProcessSubgraphs } from './in-process-subgraphs';
import {
  addressAdmission,
  applyInputScalarRules,
  type GatewayLimits,
  gatewayLimitsFromEnv,
  graphCostModel,
  limitsPlugin,
  RateLimiter,
  withOperationTimeout,
} from './limits';
import { type SubgraphClientSettings, SubgraphDataSource, SubgraphFetchMetrics } from './subgraph-data-source';
import {
  TrustedDocumentCache,
  trustedDocuments,
  type TrustedDocumentsSettings,
  trustedDocumentsSettingsFromEnv,
} from './trusted-documents';

/** Options of `startGateway`. */
export interface GatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  readonly supergraphSdl: string;
  /** URL of each subgraph by name; names missing here keep the supergraph's URL. */
  readonly subgraphUrls: Record<string, string>;
  /** 0 picks a free port. */
  readonly port: number;
  /** The address it listens on; HOST (every address, 0.0.0.0) when not given. */
  readonly host?: string;
  /** How it talks to subgraphs; SUBGRAPH_TIMEOUT_MS and SUBGRAPH_MAX_CONNECTIONS (or their defaults) when not given. */
  readonly subgraphClient?: Partial<SubgraphClientSettings>;
  /** The database whose `access` schema holds the API keys and the audit trail. */
  readonly databaseUrl: string;
  /** The secret it signs callers' identities with for the subgraphs (GATEWAY_SECRET). */
  readonly gatewaySecret: string;
  /** A key that is an admin's without being stored (ADMIN_API_KEY), when set. */
  readonly adminKey?: string;
  /** The subgraphs, when they run in this process (the one-process mode); `subgraphUrls` then go unused. */
  readonly inProcess?: InProcessSubgraphs;
  /** Whether browsers get GraphiQL at /graphql and `/`; GRAPHIQL (on unless `false`) when not given. */
  readonly graphiql?: boolean;
  /** Limits that replace those of the environment (`gatewayLimitsFromEnv`). */
  readonly limits?: Partial<GatewayLimits>;
  /** Production mode (masked errors, no suggestions, introspection for analysts and admins); NODE_ENV=production when not given. */
  readonly production?: boolean;
  /** HTTP limits (nesting, timeouts, connections per address) that replace those of the environment (`httpLimitsFromEnv`). */
  readonly httpLimits?: Partial<HttpLimits>;
  /** The port of `/metrics` alone (METRICS_PORT); unset, `/metrics` is on the GraphQL port for loopback connections only. */
  readonly metricsPort?: number;
  /** Response cache settings that replace those of the environment (`responseCacheSettingsFromEnv`). */
  readonly responseCache?: Partial<ResponseCacheSettings>;
  /** Trusted documents' settings that replace those of the environment (`trustedDocumentsSettingsFromEnv`). */
  readonly trustedDocuments?: Partial<TrustedDocumentsSettings>;
}

/** How long a subgraph's /readyz may take to answer the gateway's. */
const SUBGRAPH_READINESS_TIMEOUT_MS = 1_500;

/** Returns the subgraph client settings from the environment: SUBGRAPH_TIMEOUT_MS (5,000) and SUBGRAPH_MAX_CONNECTIONS (32). */
export function subgraphClientSettingsFromEnv(): SubgraphClientSettings {
  return {
    timeoutMs: integerFromEnv('SUBGRAPH_TIMEOUT_MS', 5_000),
    maxConnections: integerFromEnv('SUBGRAPH_MAX_CONNECTIONS', 32),
  };
}

/**
 * Starts Apollo Gateway over a fixed supergraph (no polling, no Apollo cloud)
 * and serves it at /graphql; returns once it accepts requests. It says who
 * is calling from their API key (keys and the audit trail live in the
 * database's `access` schema, migrated here if needed), signs that identity
 * for the subgraphs, and records every mutation. Before planning an
 * operation it applies the limits of `GatewayLimits` and charges the
 * operation's estimated cost to the caller's budget (`limitsPlugin`); an
 * operation that runs too long is stopped. A query whose answer the
 * subgraphs' cache hints allow to be cached is answered from the response
 * cache until they expire (`responseCachePlugin`; off with
 * RESPONSE_CACHE=false). A request may name a trusted document (registered
 * in the access schema by `npm run documents`) by its id instead of sending
 * its text; TRUSTED_DOCUMENTS=only holds the roles it names to them
 * (`trustedDocuments`). It is ready (`/readyz`) when every subgraph's
 * `/readyz` is and the access schema answers.
 */
export async function startGateway(options: GatewayOptions): Promise<ListeningGraphqlServer> {
  // The gateway sends usage data to Apollo unless told otherwise; nothing here phones home.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const logger = createLogger('gateway');
  const settings = serverSettingsFromEnv();
  const clientSettings = { ...subgraphClientSettingsFromEnv(), ...options.subgraphClient };
  const metrics = new ServerMetrics('gateway');
  const fetchMetrics = new SubgraphFetchMetrics(metrics.registry);
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const local = options.inProcess?.services.get(name);
      if (local) {
        return local;
      }
      const subgraphUrl = options.subgraphUrls[name] ?? url ?? '';
      subgraphUrls.set(name, subgraphUrl);
      return new SubgraphDataSource({
        name,
        url: subgraphUrl,
        settings: clientSettings,
        metrics: fetchMetrics,
        logger,
        gatewaySecret: options.gatewaySecret,
      });
    },
    logger: apolloLoggerFor(logger),
  });
  // The cost estimate follows the supergraph served: its `@cost` and `@listSize`, read when it loads (before
  // the server answers) and again on every change.
  let costModel: OperationCostModel | undefined;
  const servedCostModel = (): OperationCostModel => {
    if (!costModel) {
      throw new Error('The gateway answered before its supergraph was loaded.');
    }
    return costModel;
  };
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    applyInputScalarRules(apiSchema);
    costModel = graphCostModel(coreSupergraphSdl);
  });
  const limits: GatewayLimits = { ...gatewayLimitsFromEnv(), ...options.limits };
  const responseCache: ResponseCacheSettings = { ...responseCacheSettingsFromEnv(), ...options.responseCache };
  const production = options.production ?? isProductionFromEnv();
  const trustedDocumentsSettings: TrustedDocumentsSettings = { ...trustedDocumentsSettingsFromEnv(), ...options.trustedDocuments };

  const graphiql = (options.graphiql ?? graphiqlEnabledFromEnv()) ? await createGraphiql() : undefined;
  const { dataSource: access } = await openSubgraphDatabase(
    ACCESS_DATABASE,
    subgraphDatabaseUrl(ACCESS_DATABASE.databaseSchema, options.databaseUrl),
  );
  const rateLimiter = new RateLimiter(limits.rateLimit, logger);
  try {
    const listening = await serveGraphql<GatewayContext>({
      name: 'gateway',
      port: options.port,
      host: options.host ?? (process.env.HOST || undefined),
      server: createGraphqlServer<GatewayContext>({
        gateway: withOperationTimeout(gateway, limits.operationTimeoutMs),
        log: logger,
        production,
        parseOptions: { maxTokens: limits.maxTokens },
        validationRules: armorRules(limits),
        plugins: [
          introspectionPlugin(production),
          limitsPlugin(limits, rateLimiter, servedCostModel),
          // After the limits: an operation over its caller's budget is refused even when its answer is cached.
          ...(responseCache.enabled ? [responseCachePlugin(responseCache, logger, metrics.registry)] : []),
          auditPlugin(access),
          ...(graphiql ? [graphiql.plugin] : []),
        ],
      }),
      context: async (request, scope) => ({
        ...requestContextFields(scope),
        // Express's address: the connection's, or the client a trusted proxy names (TRUST_PROXY).
        clientAddress: (request as Request).ip ?? request.socket.remoteAddress ?? 'unknown',
      }),
      readiness: async () => {
        const [subgraphs, database] = await Promise.all([
          options.inProcess ? options.inProcess.readiness() : subgraphsReadiness(subgraphUrls),
          databaseReadiness(access),
        ]);
        return { ready: subgraphs.ready && database === 'ok', checks: { ...subgraphs.checks, database } };
      },
      logger,
      metrics,
      admission: [
        addressAdmission(
          {
            unauthenticated: rateLimiter.addressMeter(
              'unauthenticated',
              limits.perAddress.unauthenticated,
              limits.perAddress.windowSeconds,
            ),
            readiness: rateLimiter.addressMeter('readiness', limits.perAddress.readiness, limits.perAddress.windowSeconds),
          },
          logger,
        ),
      ],
      guards: [
        apiKeyCaller(access, logger, options.adminKey),
        // After the caller: TRUSTED_DOCUMENTS=only depends on the role.
        trustedDocuments(new TrustedDocumentCache(storedTrustedDocumentLookup(access), logger), trustedDocumentsSettings, logger),
      ],
      routes: graphiql?.routes,
      pageContentSecurityPolicy: graphiql?.contentSecurityPolicy,
      maxBodyBytes: settings.maxBodyBytes,
      httpLimits: options.httpLimits,
      metricsPort: options.metricsPort ?? (process.env.METRICS_PORT ? portFromEnv('METRICS_PORT', 0) : undefined),
      trustProxy: limits.trustProxy,
      graphqlErrorStatus: 'json-clients-200',
      corsOrigins: settings.corsOrigins,
      shutdownGraceMs: settings.shutdownGraceMs,
    });
    return {
      ...listening,
      async close() {
        await listening.close();
        await options.inProcess?.close();
        await rateLimiter.close();
        if (access.isInitialized) {
          await access.destroy();
        }
      },
    };
  } catch (error) {
    await rateLimiter.close();
    await access.destroy();
    throw error;
  }
}

/** Returns the gateway's readiness: each subgraph's `/readyz` asked at once, "ok" or why not. */
async function subgraphsReadiness(subgraphUrls: ReadonlyMap<string, string>): Promise<Readiness> {
  const checks = Object.fromEntries(
    await Promise.all(
      [...subgraphUrls].map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(SUBGRAPH_READINESS_TIMEOUT_MS) });
          await response.body?.cancel();
          return [name, response.ok ? 'ok' : `not ready (HTTP ${response.status})`];
        } catch (error) {
          const failure = error as { name?: string; cause?: { code?: string } };
          return [
            name,
            failure.name === 'TimeoutError'
              ? `no answer within ${SUBGRAPH_READINESS_TIMEOUT_MS} ms`
              : (failure.cause?.code ?? 'unreachable'),
          ];
        }
      }),
    ),
  ) as Record<string, string>;
  return { ready: subgraphUrls.size > 0 && Object.values(checks).every((state) => state === 'ok'), checks };
}
