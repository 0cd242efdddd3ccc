import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { ApolloServer, BaseContext, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { DataSource } from 'typeorm';

import { databaseReadiness, subgraphDatabaseUrl } from '../services/shared/platform/database';
import type { PeerAnswer, Peers } from '../services/shared/platform/federation';
import type { Readiness, RequestContext, RequestScope } from '../services/shared/platform/http';
import type { Logger } from '../services/shared/platform/logger';
import { createGraphqlServer, openSubgraphDatabase, type SubgraphDefinition } from '../services/shared/platform/server';

/** The subgraphs served inside the gateway's process (the one-process mode). */
export interface InProcessSubgraphs {
  /** Apollo Gateway's data source for each subgraph, by name: operations run on its schema without a network hop. */
  readonly services: ReadonlyMap<string, GraphQLDataSource<RequestContext>>;
  /** Ready when every subgraph's database answers `SELECT 1` within a second. */
  readiness(): Promise<Readiness>;
  /** Stops the subgraphs' servers and closes their pools. */
  close(): Promise<void>;
}

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type CachePolicy = GraphQLRequestContext<BaseContext>['overallCachePolicy'];

interface LocalSubgraph {
  readonly definition: SubgraphDefinition<BaseContext>;
  readonly dataSource: DataSource;
  readonly server: ApolloServer<BaseContext>;
}

/**
 * Starts every subgraph inside this process over its own variable
 * (TRAINING_DATABASE_URL, …) or else `databaseUrl` (migrating its
 * schema as a subgraph process would) and returns the data sources through
 * which Apollo Gateway runs operations on them. Each operation runs through the
 * subgraph's own Apollo Server (its plugins, error formatting and context:
 * fresh loaders, the caller as the gateway established it), so answers and
 * authorization are those of separate processes; only the HTTP hop and the
 * signed identity it needs are gone. Each subgraph's cache policy (its
 * `Cache-Control`) restricts the gateway's as it does over HTTP, so that the
 * gateway's header and response cache are the same too. A subgraph that asks
 * a peer before writing asks it in the same process, on behalf of the same
 * caller.
 */
export async function startInProcessSubgraphs(
  definitions: ReadonlyArray<SubgraphDefinition<BaseContext>>,
  databaseUrl: string,
  logger: Logger,
): Promise<InProcessSubgraphs> {
  const subgraphs = new Map<string, LocalSubgraph>();
  const close = async () => {
    for (const { server, dataSource } of subgraphs.values()) {
      await server.stop();
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
    }
  };
  try {
    for (const definition of definitions) {
      const { dataSource } = await openSubgraphDatabase(definition, subgraphDatabaseUrl(definition.databaseSchema, databaseUrl));
      const server = createGraphqlServer<BaseContext>({
        schema: await definition.buildSchema(),
        log: logger.child({ component: definition.name }),
      });
      subgraphs.set(definition.name, { definition, dataSource, server });
      await server.start();
    }
  } catch (error) {
    await close();
    throw error;
  }

  /** Runs an operation on a subgraph for the gateway request of `gateway`; returns the subgraph's whole response (body and HTTP head). */
  const run = async (
    name: string,
    query: string,
    variables: Record<string, unknown>,
    gateway: RequestContext,
  ): Promise<GraphQLResponse> => {
    const subgraph = subgraphs.get(name);
    if (!subgraph) {
      throw new Error(`No subgraph ${name} runs in this process.`);
    }
    // A scope of its own, so that the subgraph's reports (operation name, error codes) do not overwrite the gateway's.
    const scope: RequestScope = {
      requestId: gateway.requestId,
      log: gateway.log.child({ component: name }),
      errorCodes: new Set(),
      viewer: gateway.viewer,
    };
    const peers: Peers = Object.fromEntries(
      [...subgraphs.keys()]
        .filter((peer) => peer !== name)
        .map((peer) => [peer, (text: string, values: Record<string, unknown>) => execute(peer, text, values, gateway)]),
    );
    const contextValue = {
      ...subgraph.definition.createContext(subgraph.dataSource, peers),
      requestId: scope.requestId,
      log: scope.log,
      requestScope: scope,
      viewer: scope.viewer,
    };
    return subgraph.server.executeOperation({ query, variables }, { contextValue });
  };

  /** Runs an operation on a subgraph for the gateway request of `gateway`; returns its answer. */
  const execute = async (name: string, query: string, variables: Record<string, unknown>, gateway: RequestContext): Promise<PeerAnswer> =>
    answerOf(name, await run(name, query, variables, gateway));

  return {
    services: new Map(
      [...subgraphs.keys()].map((name): [string, GraphQLDataSource<RequestContext>] => [
        name,
        {
          async process(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<GatewayGraphQLResponse> {
            // The gateway's own requests (schema loading, health checks) never reach here: the supergraph is fixed.
            const { request, context } = options;
            const response = await run(name, request.query ?? '', request.variables ?? {}, context as RequestContext);
            if ('incomingRequestContext' in options) {
              // As RemoteGraphQLDataSource does with a subgraph's Cache-Control header (honorSubgraphCacheControlHeader).
              restrictByCacheControl(
                options.incomingRequestContext.overallCachePolicy as CachePolicy,
                response.http.headers.get('cache-control'),
              );
            }
            return answerOf(name, response) as GatewayGraphQLResponse;
          },
        },
      ]),
    ),
    async readiness() {
      const checks = Object.fromEntries(
        await Promise.all([...subgraphs].map(async ([name, { dataSource }]) => [name, await databaseReadiness(dataSource)])),
      ) as Record<string, string>;
      return { ready: Object.values(checks).every((state) => state === 'ok'), checks };
    },
    close,
  };
}

/** Returns the answer of a subgraph's response; a stream, which the gateway does not take, is an error. */
function answerOf(name: string, response: GraphQLResponse): PeerAnswer {
  if (response.body.kind !== 'single') {
    throw new Error(`The ${name} subgraph answered with a stream, which the gateway does not take.`);
  }
  return response.body.singleResult as PeerAnswer;
}

/**
 * Restricts the gateway's cache policy for an operation by a subgraph's
 * `Cache-Control` header, read as Apollo Gateway reads one from a subgraph
 * over HTTP: `max-age` and `public` or `private` as they say, and anything
 * else (`no-store`, no header) as not cacheable.
 */
function restrictByCacheControl(policy: CachePolicy, header: string | undefined): void {
  const maxAge = /(?:^|,)\s*max-age=(\d+)\s*(?:,|$)/i.exec(header ?? '');
  const scope = /(?:^|,)\s*(public|private)\s*(?:,|$)/i.exec(header ?? '')?.[1].toUpperCase() as 'PUBLIC' | 'PRIVATE' | undefined;
  policy.restrict({ maxAge: maxAge ? Number(maxAge[1]) : 0, ...(scope ? { scope } : {}) });
}
