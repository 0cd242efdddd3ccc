import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ApolloServer, BaseContext } from '@apollo/server';

import { type HttpLimits, httpLimitsFromEnv } from '../env';
import { ConnectionDrainer } from './connection-drainer';
import { createGraphqlApp, type GraphqlAppOptions } from './graphql-app';
import { limitConnectionsPerAddress } from './limit-connections-per-address';
import { type MetricsListener, serveMetrics } from './serve-metrics';

/** A GraphQL server listening on a port, and how to stop it. */
export interface ListeningGraphqlServer {
  readonly url: string;
  readonly port: number;
  /** The port `/metrics` is served on when it has one of its own (`metricsPort`). */
  readonly metricsPort?: number;
  /**
   * Stops gracefully: `/readyz` answers 503, the port stops accepting
   * connections, requests in flight finish (at most the grace period; see
   * `ConnectionDrainer`), then Apollo Server stops.
   */
  close(): Promise<void>;
}

/** Options of `serveGraphql`: those of the Express application, less what it builds itself. */
export interface ServeGraphqlOptions<TContext extends BaseContext> extends Omit<
  GraphqlAppOptions<TContext>,
  'isDraining' | 'maxNesting' | 'serveMetrics'
> {
  /** What the process is, for error messages ("training subgraph"). */
  readonly name: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** How long requests in flight may take to finish once stopping, in milliseconds. */
  readonly shutdownGraceMs: number;
  /** The Apollo Server to serve, not yet started. */
  readonly server: ApolloServer<TContext>;
  /** Limits that replace those of the environment (`httpLimitsFromEnv`). */
  readonly httpLimits?: Partial<HttpLimits>;
  /**
   * A port of its own for `/metrics` (0 picks a free one), on `host`; the
   * GraphQL port then serves no `/metrics`. Without it, `/metrics` is on the
   * GraphQL port for loopback connections only.
   */
  readonly metricsPort?: number;
}

/** Thrown when the port is taken by another process. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    name: string,
  ) {
    super(`Port ${port} is already in use: cannot start the ${name}. Stop the other process or choose another port.`);
  }
}

/**
 * Serves an Apollo Server through Express (see `createGraphqlApp`) at
 * `/graphql`, with `/healthz`, `/readyz` and `/metrics`, and returns once it
 * listens. A client has `HttpLimits.headersTimeoutMs` to send a request's
 * headers and `requestTimeoutMs` to send all of it (then it gets 408 and the
 * connection closes), and may hold `maxConnectionsPerAddress` connections.
 */
export async function serveGraphql<TContext extends BaseContext>(options: ServeGraphqlOptions<TContext>): Promise<ListeningGraphqlServer> {
  const limits: HttpLimits = { ...httpLimitsFromEnv(), ...options.httpLimits };
  const httpServer = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks both timeouts this often (30 s by default): a trickled request is cut within a second of its limit.
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
  });
  // Longer than the keep-alive of any client in front (load balancers use 60 s), so the server never closes first.
  httpServer.keepAliveTimeout = 65_000;
  limitConnectionsPerAddress(httpServer, limits.maxConnectionsPerAddress);
  const drainer = new ConnectionDrainer(httpServer);
  const { server } = options;
  await server.start();
  httpServer.on(
    'request',
    createGraphqlApp({
      ...options,
      maxNesting: limits.maxNesting,
      serveMetrics: options.metricsPort === undefined,
      isDraining: () => drainer.isDraining,
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port, options.name) : error);
    });
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  let metricsListener: MetricsListener | undefined;
  if (options.metricsPort !== undefined) {
    metricsListener = await serveMetrics(options.metrics, options.metricsPort, options.host ?? '0.0.0.0').catch(async (error: unknown) => {
      await drainer.drain(0);
      await server.stop();
      throw error;
    });
  }

  const { port } = httpServer.address() as AddressInfo;
  const anyAddress = !options.host || options.host === '0.0.0.0' || options.host === '::';
  const host = anyAddress ? 'localhost' : options.host!.includes(':') ? `[${options.host}]` : options.host!;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    metricsPort: metricsListener?.port,
    close(): Promise<void> {
      const started = Date.now();
      closing ??= drainer.drain(options.shutdownGraceMs).then(async (report) => {
        options.logger.info('stopped serving', { ...report, durationMs: Date.now() - started });
        await server.stop();
        await metricsListener?.close();
      });
      return closing;
    },
  };
}
