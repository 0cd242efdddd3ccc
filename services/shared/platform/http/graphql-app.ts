import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';

import { type Logger, runForRequest } from '../logger';
import { isLoopbackRequest } from './is-loopback-request';
import type { ServerMetrics } from './metrics';
import { nestingGuard } from './nesting-guard';
import { outcomeOf, REQUEST_ID_HEADER, type RequestScope, requestScopeOf } from './request-scope';
import { acceptsOnlyJson, sendGraphqlErrors } from './send-graphql-errors';

/** What `/readyz` reports: ready or not, and the state of each thing it depends on ("ok" or why not). */
export interface Readiness {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, string>>;
}

/** When a GraphQL error response keeps Apollo Server's status 400 and when it becomes 200. */
export type GraphqlErrorStatus =
  /**
   * Always 200 (subgraphs): Apollo Gateway replaces the body of any non-2xx
   * answer with "400: Bad Request", losing the error codes.
   */
  | 'always-200'
  /**
   * 200 for clients that accept only `application/json`, as the
   * GraphQL-over-HTTP specification asks for that media type; 400 for the others.
   */
  | 'json-clients-200';

/** Options of `createGraphqlApp`. */
export interface GraphqlAppOptions<TContext extends BaseContext> {
  /** A started Apollo Server. */
  readonly server: ApolloServer<TContext>;
  readonly logger: Logger;
  readonly metrics: ServerMetrics;
  /** The per-request GraphQL context; `scope` carries the request id and a logger bound to it. */
  readonly context: (request: IncomingMessage, scope: RequestScope) => Promise<TContext>;
  readonly readiness: () => Promise<Readiness>;
  /** True once the server is stopping: `/readyz` answers 503. */
  readonly isDraining: () => boolean;
  /** Largest request body accepted, in bytes; larger ones get 413. */
  readonly maxBodyBytes: number;
  /** Whether `/metrics` is served here (to loopback connections only); false when it has a port of its own. */
  readonly serveMetrics: boolean;
  /** Deepest nesting of the document and the variables accepted; deeper gets 400 NESTING_TOO_DEEP before parsing. */
  readonly maxNesting: number;
  readonly graphqlErrorStatus: GraphqlErrorStatus;
  /** Origins allowed by CORS; any origin (without credentials) when not given. */
  readonly corsOrigins?: readonly string[];
  /**
   * Steps run on /graphql after the body is read and before Apollo Server:
   * authentication goes here (limits that need the parsed operation are
   * Apollo Server plugins). Each may answer the request itself.
   */
  readonly guards?: readonly RequestHandler[];
  /**
   * Steps run on every request before its route (`/readyz`, `/graphql`…):
   * budgets per client address go here. Each may answer the request itself.
   */
  readonly admission?: readonly RequestHandler[];
  /**
   * The Content-Security-Policy of the HTML page served to browsers on
   * `GET /graphql` (GraphiQL), instead of the API's, which lets nothing load.
   */
  readonly pageContentSecurityPolicy?: string;
  /** Other routes the server answers beside `/graphql` (the gateway's GraphiQL files and `/`), before the 404. */
  readonly routes?: RequestHandler;
  /**
   * Express's `trust proxy`: which proxies in front may say who the client is
   * (`X-Forwarded-For`), for `request.ip`. None when not given: the address
   * is the connection's.
   */
  readonly trustProxy?: boolean | number | string;
}

/** Response headers a browser client may read: the request id, the rate limit's, and the age of an answer from the response cache (see the gateway). */
const EXPOSED_HEADERS = [REQUEST_ID_HEADER, 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after', 'age'];

/** The API answers JSON only: nothing may load from it, and no page may frame it. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Paths that probes and scrapers call: neither logged nor counted as GraphQL requests. */
const PROBE_PATHS = new Set(['/healthz', '/health', '/readyz', '/metrics']);

/**
 * Returns the Express application every server of the graph runs, its
 * middleware in this order:
 * 1. request id (from `x-request-id` or new, returned in the response) and a logger bound to it;
 * 2. the access line (pino-http) and the request duration metric;
 * 3. security headers (Content-Security-Policy, Referrer-Policy, `nosniff`) and CORS;
 * 4. the admission steps;
 * 5. `/healthz` (the process is alive), `/readyz` (it can serve), `/metrics` (Prometheus, to
 *    loopback connections only);
 * 6. on `/graphql`: the JSON body (at most `maxBodyBytes`), its nesting (at most `maxNesting`),
 *    the guards, Apollo Server;
 * 7. `routes`, when given;
 * 8. 404 for other paths, then one error handler answering JSON.
 */
export function createGraphqlApp<TContext extends BaseContext>(options: GraphqlAppOptions<TContext>): express.Express {
  const { logger, metrics } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy ?? false);

  app.use((request, response, next) => {
    const scope = requestScopeOf(request, logger);
    response.setHeader(REQUEST_ID_HEADER, scope.requestId);
    runForRequest(scope.requestId, next);
  });
  app.use(accessLog(options));
  app.use((request, response, next) => {
    if (PROBE_PATHS.has(request.path)) {
      next();
      return;
    }
    const stopTimer = metrics.requestDuration.startTimer();
    response.once('finish', () => {
      const scope = requestScopeOf(request, logger);
      stopTimer({ operation: metrics.operationLabel(scope.operationName), outcome: outcomeOf(response, scope) });
    });
    next();
  });
  app.use((request, response, next) => {
    const page =
      options.pageContentSecurityPolicy !== undefined && request.method === 'GET' && request.accepts(['json', 'html']) === 'html';
    response.setHeader('content-security-policy', page ? options.pageContentSecurityPolicy! : API_CONTENT_SECURITY_POLICY);
    // A page's address can carry what was typed into it; the graph's pages link nowhere that needs it.
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  app.use(
    cors({
      origin: options.corsOrigins && options.corsOrigins.length > 0 ? [...options.corsOrigins] : '*',
      methods: ['GET', 'POST', 'OPTIONS'],
      // The key goes in `Authorization` only: a browser may not send it as anything else.
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', REQUEST_ID_HEADER],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );
  for (const step of options.admission ?? []) {
    app.use(step);
  }

  app.get(['/healthz', '/health'], (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const readiness: Readiness = options.isDraining()
      ? { ready: false, checks: { server: 'stopping' } }
      : await options.readiness().catch((error: unknown) => ({
          ready: false,
          checks: { readiness: error instanceof Error ? error.message : String(error) },
        }));
    response.status(readiness.ready ? 200 : 503).json({ status: readiness.ready ? 'ready' : 'not ready', checks: readiness.checks });
  });
  app.get('/metrics', async (request, response, next) => {
    if (!options.serveMetrics || !isLoopbackRequest(request)) {
      // As if there were no such path: the metrics are for a scraper on the same machine.
      next();
      return;
    }
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.use(
    '/graphql',
    express.json({ limit: options.maxBodyBytes, strict: false, type: ['application/json', 'application/*+json'] }),
    (request, _response, next) => {
      // Apollo Server's Express integration wants `body` present, even for a GET.
      if (!('body' in request)) {
        (request as { body?: unknown }).body = undefined;
      }
      next();
    },
    nestingGuard(options.maxNesting, logger),
    ...(options.guards ?? []),
    (request, response, next) => {
      adjustGraphqlErrorStatus(request, response, options.graphqlErrorStatus);
      next();
    },
    expressMiddleware(options.server, {
      context: async ({ req }) => options.context(req, requestScopeOf(req, logger)),
    }),
  );

  if (options.routes) {
    app.use(options.routes);
  }

  app.use((request, response) => {
    const scope = requestScopeOf(request, logger);
    scope.errorCodes.add('NOT_FOUND');
    sendGraphqlErrors(request, response, 404, [
      { message: `No route ${request.path}: the GraphQL endpoint is /graphql.`, extensions: { code: 'NOT_FOUND' } },
    ]);
  });
  app.use(errorHandler(options));
  return app;
}

/** The access line: one per request, with its id, operation, duration, status, outcome, error codes and the caller's role and key prefix. */
function accessLog<TContext extends BaseContext>({ logger }: GraphqlAppOptions<TContext>) {
  return pinoHttp({
    logger: logger.pino,
    genReqId: (request) => requestScopeOf(request, logger).requestId,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    quietReqLogger: true,
    autoLogging: { ignore: (request) => PROBE_PATHS.has(new URL(request.url ?? '/', 'http://localhost').pathname) },
    customProps: (request, response) => {
      const scope = requestScopeOf(request, logger);
      return response.writableFinished
        ? {
            operation: scope.operationName,
            outcome: outcomeOf(response, scope),
            errorCodes: [...scope.errorCodes],
            // The key's public prefix names the caller; the key itself is never logged.
            role: scope.viewer.role,
            keyPrefix: scope.viewer.keyPrefix ?? undefined,
          }
        : {};
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    serializers: {
      // The method and path only: the query string of a GET holds the operation's variables.
      req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    wrapSerializers: false,
  });
}

/** Rewrites Apollo Server's status 400 to 200 where `policy` asks for it; see `GraphqlErrorStatus`. */
function adjustGraphqlErrorStatus(request: IncomingMessage, response: ServerResponse, policy: GraphqlErrorStatus): void {
  if (policy === 'json-clients-200' && !acceptsOnlyJson(request)) {
    return;
  }
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const isJson = String(this.getHeader('content-type') ?? '').startsWith('application/json');
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode === 400 && isJson ? 200 : statusCode, ...rest);
  } as ServerResponse['writeHead'];
}

/**
 * Answers every error that reaches Express as a GraphQL response (`sendGraphqlErrors`): 413 for a
 * body over the limit, 400 for a body that is not JSON, 500 (logged, without
 * details) for anything else. A body that was not read to its end would be
 * taken for the next request on the connection, so such a response closes it.
 */
function errorHandler<TContext extends BaseContext>({ logger, maxBodyBytes }: GraphqlAppOptions<TContext>): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, request, response, _next) => {
    const scope = requestScopeOf(request, logger);
    if (!request.complete) {
      response.setHeader('connection', 'close');
    }
    let status = 500;
    let message = 'Internal server error';
    let code = 'INTERNAL_SERVER_ERROR';
    if (error.type === 'entity.too.large') {
      [status, message, code] = [413, `Request body larger than ${maxBodyBytes} bytes.`, 'BAD_REQUEST'];
    } else if (error.type === 'entity.parse.failed') {
      [status, message, code] = [400, 'Request body is not valid JSON.', 'BAD_REQUEST'];
    } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      [status, message, code] = [error.status, error.message ?? 'Bad request.', 'BAD_REQUEST'];
    } else {
      scope.log.error('request failed', { err: error });
    }
    scope.errorCodes.add(code);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    sendGraphqlErrors(request, response, status, [{ message, extensions: { code } }]);
  };
}
