import { type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

import { ErrorCode } from '../../services/shared/platform/graphql/errors';
import { estimateOperationCost, fragmentsOf, limitExceededError, type OperationCostModel } from '../../services/shared/platform/limits';
import type { GatewayContext } from '../gateway-context';
import { checkStringLengths } from './check-string-lengths';
import type { GatewayLimits } from './gateway-limits';
import type { RateLimiter, RateLimitState } from './rate-limiter';

/** What graphql-js says when a document has more tokens than `maxTokens` allows. */
const TOKEN_LIMIT_MESSAGE = /Document contains more that \d+ tokens/;

/**
 * Returns the gateway's plugin that enforces the limits of `GatewayLimits`
 * before anything is planned or executed, and charges each operation's cost
 * to its caller's budget:
 * - strings over their bound: BAD_USER_INPUT naming the argument (see `checkStringLengths`);
 * - more fields once fragments are spelled out than tokens allowed, more
 *   estimated nodes than `maxNodes`, a cost over `maxCost`: refused, naming the limit;
 * - a cost over what remains of the budget: status 429, RATE_LIMITED, with
 *   `Retry-After`, and nothing charged.
 * The estimate reads the graph's `@cost` and `@listSize` through `costModel`,
 * which returns the model of the supergraph being served. Every response
 * says what the operation was estimated at and what it was charged,
 * `extensions.cost { estimated charged }`, and where the budget stands:
 * `extensions.rateLimit { limit cost remaining resetAt }` and the
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers. An
 * operation refused before its cost was estimated (a syntax error, an invalid
 * operation) or for a limit costs 1 point.
 */
export function limitsPlugin(
  limits: GatewayLimits,
  rateLimiter: RateLimiter,
  costModel: () => OperationCostModel,
): ApolloServerPlugin<GatewayContext> {
  const window = limits.rateLimit.windowSeconds === 3_600 ? 'hour' : `${limits.rateLimit.windowSeconds} s`;
  return {
    async requestDidStart({ contextValue }) {
      const budget = rateLimiter.budgetOf(contextValue.viewer, contextValue.clientAddress);
      // The estimate, reported even when a limit refuses it; the cost to charge once the limits admit it.
      let estimatedCost: number | undefined;
      let admittedCost: number | undefined;
      let state: RateLimitState | undefined;
      let charged: number | undefined;
      const charge = async (cost: number): Promise<void> => {
        charged = 0;
        try {
          state = await rateLimiter.charge(budget, cost);
          charged = state.allowed ? cost : 0;
        } catch (error) {
          // A limiter that fails lets the operation through: the limits above still hold.
          contextValue.log.error('rate limit not checked', { err: error });
        }
      };
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            return;
          }
          const variables = request.variables ?? {};
          checkStringLengths(schema, document, operation, variables, limits.strings);
          const { nodes, fields, cost } = estimateOperationCost(schema, operation, fragmentsOf(document), variables, costModel());
          estimatedCost = cost;
          if (fields > limits.maxTokens) {
            throw limitExceededError(
              `Field limit of ${limits.maxTokens} exceeded once fragments are spelled out, found ${fields}.`,
              'fields',
              limits.maxTokens,
            );
          }
          if (nodes > limits.maxNodes) {
            throw limitExceededError(
              `Node limit of ${limits.maxNodes} exceeded: the operation could return ${nodes} nodes (page sizes from \`first\` or \`last\`, 20 by default). Ask for smaller pages.`,
              'nodes',
              limits.maxNodes,
            );
          }
          if (cost > limits.maxCost) {
            throw limitExceededError(
              `Cost limit of ${limits.maxCost} points exceeded: the operation costs ${cost}. Split it, or ask for smaller pages.`,
              'cost',
              limits.maxCost,
            );
          }
          admittedCost = cost;
        },
        async responseForOperation() {
          if (admittedCost === undefined) {
            return null;
          }
          await charge(admittedCost);
          return state && !state.allowed ? rateLimitedResponse(state, window) : null;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (TOKEN_LIMIT_MESSAGE.test(error.message)) {
              (error.extensions as Record<string, unknown>).limit = { name: 'tokens', max: limits.maxTokens };
            }
          }
        },
        async willSendResponse(requestContext) {
          if (charged === undefined) {
            await charge(1);
          }
          if (state) {
            report(requestContext, state, window);
          }
          reportCost(requestContext, { estimated: estimatedCost ?? null, charged: charged ?? 0 });
        },
      };
    },
  };
}

/** What `extensions.cost` says of an operation. */
interface CostReport {
  /** The points the operation was estimated at before it ran; null when it was refused before its estimate (a syntax error, an invalid operation). */
  readonly estimated: number | null;
  /** The points taken from the caller's budget: the estimate, 1 for an operation refused before it ran, 0 when the budget refused it. */
  readonly charged: number;
}

/** Writes `extensions.cost` into the response. */
function reportCost(requestContext: GraphQLRequestContext<GatewayContext>, cost: CostReport): void {
  const { response } = requestContext;
  if (response.body?.kind === 'single') {
    const result = response.body.singleResult;
    result.extensions = { ...result.extensions, cost };
  }
}

/** Returns the seconds until the budget is whole again, at least 1. */
function secondsUntil(resetAt: Date): number {
  return Math.max(Math.ceil((resetAt.getTime() - Date.now()) / 1000), 1);
}

/** Returns the error of an operation refused for its caller's budget. */
function rateLimitedError(state: RateLimitState, window: string): GraphQLFormattedError {
  const seconds = secondsUntil(state.resetAt);
  return {
    message: `Rate limit exceeded: this operation costs ${state.cost} points and ${state.remaining} of the ${state.limit} points per ${window} remain. Try again in ${seconds} s (at ${state.resetAt.toISOString()}).`,
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: seconds },
  };
}

/** Returns the answer to an operation its caller's budget cannot pay for: status 429, RATE_LIMITED, `Retry-After`. */
function rateLimitedResponse(state: RateLimitState, window: string): GraphQLResponse {
  return {
    http: { status: 429, headers: new HeaderMap([['retry-after', String(secondsUntil(state.resetAt))]]) },
    body: { kind: 'single', singleResult: { errors: [rateLimitedError(state, window)] } },
  };
}

/**
 * Writes the budget's state into the response: headers and
 * `extensions.rateLimit`; a response refused for other reasons while the
 * budget is spent becomes a 429 too, so that a flood of invalid operations
 * is throttled like valid ones.
 */
function report(requestContext: GraphQLRequestContext<GatewayContext>, state: RateLimitState, window: string): void {
  const { response, contextValue } = requestContext;
  if (!state.allowed && response.http.status !== 429) {
    contextValue.requestScope.errorCodes.add(ErrorCode.RATE_LIMITED);
    response.http.status = 429;
    response.http.headers.set('retry-after', String(secondsUntil(state.resetAt)));
    response.body = { kind: 'single', singleResult: { errors: [rateLimitedError(state, window)] } };
  }
  response.http.headers.set('ratelimit-limit', String(state.limit));
  response.http.headers.set('ratelimit-remaining', String(state.remaining));
  response.http.headers.set('ratelimit-reset', String(secondsUntil(state.resetAt)));
  if (response.body?.kind === 'single') {
    const result = response.body.singleResult;
    result.extensions = {
      ...result.extensions,
      rateLimit: { limit: state.limit, cost: state.cost, remaining: state.remaining, resetAt: state.resetAt.toISOString() },
    };
  }
}
