import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';

import { Role, type Viewer } from '../../services/shared/platform/auth';
import type { Logger } from '../../services/shared/platform/logger';
import { closeRedis, connectRedis } from '../../services/shared/platform/redis/connect-redis';
import type { GatewayContext } from '../gateway-context';
import { RedisKeyValueCache } from './redis-key-value-cache';
import type { ResponseCacheSettings } from './response-cache-settings';

/** How a query's answer relates to the cache, as the metric names it. */
type CacheOutcome = 'hit' | 'miss' | 'uncacheable';

/**
 * Returns the gateway's response cache (Apollo's
 * `@apollo/server-plugin-response-cache`): a query whose whole answer the
 * subgraphs' cache hints allow to be cached (`@cacheControl`, combined by
 * Apollo Gateway from each subgraph's `Cache-Control`) is answered again from
 * the cache until its `maxAge` runs out, with an `Age` header. Answers are
 * kept apart by who may get them: a PUBLIC answer is shared by the callers of
 * one role and organisation (anonymous callers, each partner organisation,
 * analysts, admins), a PRIVATE one is kept for the key that asked (never for
 * an anonymous caller). Answers with errors and mutations are never cached;
 * only `data` is kept, so the budget report (`extensions.rateLimit`) is always
 * the caller's own. The cache is in Redis when `settings.redisUrl` is given
 * (Redis that does not answer is a miss), otherwise in memory, bounded by
 * `settings.maxBytes`. Put it after `limitsPlugin`: an operation is charged,
 * and refused over budget, before a cached answer is looked for. Counts each
 * query in `gateway_response_cache_requests_total` by outcome.
 */
export function responseCachePlugin(
  settings: ResponseCacheSettings,
  logger: Logger,
  registry: Registry,
): ApolloServerPlugin<GatewayContext> {
  const requests = new Counter({
    name: 'gateway_response_cache_requests_total',
    help: 'Queries the gateway looked up in its response cache, by outcome: hit (answered from the cache), miss (answered by the subgraphs, and cacheable: stored for the next), uncacheable (answered by the subgraphs, not cacheable: errors, or a field without a public cache hint).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  let redis: Redis | undefined;
  let cached: ApolloServerPlugin<GatewayContext> | undefined;
  const closeConnection = async () => {
    if (redis) {
      await closeRedis(redis);
    }
  };
  return {
    async serverWillStart() {
      // Connected as the server starts, so that a gateway that never starts holds no connection.
      redis = settings.redisUrl
        ? connectRedis(settings.redisUrl, logger, {
            failing: 'answers not cached: Redis does not answer',
            back: 'answers cached in Redis again',
          })
        : undefined;
      const cache: KeyValueCache<string> = redis
        ? new RedisKeyValueCache(redis, settings.keyPrefix)
        : new InMemoryLRUCache<string>({ maxSize: settings.maxBytes, sizeCalculation: (value) => Buffer.byteLength(value) });
      cached = ApolloServerPluginResponseCache<GatewayContext>({
        cache,
        sessionId: async ({ contextValue }) => sessionOf(contextValue.viewer),
        extraCacheKeyData: async ({ contextValue }) => ({
          role: contextValue.viewer.role,
          organizationId: contextValue.viewer.organizationId,
        }),
      });
      return { serverWillStop: closeConnection };
    },
    startupDidFail: closeConnection,
    async requestDidStart(requestContext) {
      const listener = (await cached!.requestDidStart!(requestContext)) as GraphQLRequestListener<GatewayContext>;
      return {
        responseForOperation: (context) => listener.responseForOperation!(context),
        async willSendResponse(context) {
          await listener.willSendResponse!(context);
          const outcome = outcomeOf(context);
          if (outcome) {
            requests.inc({ outcome });
          }
        },
      };
    },
  };
}

/** Returns whose PRIVATE answers a caller gets: its key's (by prefix); none for an anonymous caller. */
function sessionOf(viewer: Viewer): string | null {
  return viewer.role === Role.ANONYMOUS ? null : viewer.keyPrefix;
}

/**
 * Returns how a query's answer relates to the cache, judged as Apollo's
 * plugin judges it; undefined for a request that did not look (a mutation, an
 * operation refused before it ran).
 */
function outcomeOf(context: GraphQLRequestContext<GatewayContext>): CacheOutcome | undefined {
  const { response, operation, metrics, overallCachePolicy, contextValue } = context;
  if (operation?.operation !== 'query' || metrics.responseCacheHit === undefined) {
    return undefined;
  }
  if (metrics.responseCacheHit) {
    return 'hit';
  }
  const result = response.body?.kind === 'single' ? response.body.singleResult : undefined;
  const policy = overallCachePolicy.policyIfCacheable();
  const kept =
    result !== undefined &&
    !result.errors &&
    Boolean(result.data) &&
    policy !== null &&
    (policy.scope === 'PUBLIC' || sessionOf(contextValue.viewer) !== null);
  return kept ? 'miss' : 'uncacheable';
}
