import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { Agent, fetch as undiciFetch } from 'undici';

import { IDENTITY_HEADER, signIdentity } from '../services/shared/platform/auth';
import { ErrorCode } from '../services/shared/platform/graphql/errors';
import { DURATION_BUCKETS, REQUEST_ID_HEADER, type RequestContext } from '../services/shared/platform/http';
import type { Logger } from '../services/shared/platform/logger';
import { currentOperationSignal } from './limits';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** How the gateway talks to subgraphs; see docs/operating.md. */
export interface SubgraphClientSettings {
  /** A subgraph that has not answered by then is given up on, in milliseconds. */
  readonly timeoutMs: number;
  /** Keep-alive connections to each subgraph at most; further requests wait for one. */
  readonly maxConnections: number;
}

/** The gateway's metrics about its subgraphs. */
export class SubgraphFetchMetrics {
  readonly duration: Histogram<'subgraph' | 'outcome'>;
  readonly errors: Counter<'subgraph' | 'reason'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Duration of the gateway’s requests to each subgraph, by outcome (ok, errors, unavailable).',
      labelNames: ['subgraph', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'gateway_subgraph_fetch_errors_total',
      help: 'Requests to a subgraph that got no usable answer, by reason (timeout, connection, status).',
      labelNames: ['subgraph', 'reason'],
      registers: [registry],
    });
  }
}

/**
 * Apollo Gateway's data source for one subgraph: keep-alive connections from
 * a bounded pool, a timeout on every request, the request id forwarded and
 * the caller's identity signed for this subgraph and this one request (its
 * operation and variables), its duration measured; a subgraph that does not answer in time, cannot be
 * reached or answers with an HTTP error gives one GraphQL error with code
 * SUBGRAPH_UNAVAILABLE naming it (never its address), and the gateway answers
 * with the data of the other subgraphs. Requests of an operation stopped by
 * OPERATION_TIMEOUT_MS are aborted with it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RequestContext> {
  private readonly subgraphName: string;
  private readonly settings: SubgraphClientSettings;
  private readonly metrics: SubgraphFetchMetrics;
  private readonly logger: Logger;
  private readonly gatewaySecret: string;

  constructor(options: {
    name: string;
    url: string;
    settings: SubgraphClientSettings;
    metrics: SubgraphFetchMetrics;
    logger: Logger;
    /** Signs the caller's identity for each request to the subgraph (see `signIdentity`). */
    gatewaySecret: string;
  }) {
    const agent = new Agent({
      connections: options.settings.maxConnections,
      keepAliveTimeout: 30_000,
      connect: { timeout: options.settings.timeoutMs },
      headersTimeout: options.settings.timeoutMs,
      bodyTimeout: options.settings.timeoutMs,
    });
    const fetcher = ((url: string, init: Parameters<typeof undiciFetch>[1]) => {
      const timeout = AbortSignal.timeout(options.settings.timeoutMs);
      // An operation that runs out of time (OPERATION_TIMEOUT_MS) ends its requests at once.
      const operation = currentOperationSignal();
      return undiciFetch(url, { ...init, dispatcher: agent, signal: operation ? AbortSignal.any([timeout, operation]) : timeout });
    }) as unknown as Fetcher;
    super({ url: options.url, fetcher });
    this.subgraphName = options.name;
    this.settings = options.settings;
    this.metrics = options.metrics;
    this.logger = options.logger;
    this.gatewaySecret = options.gatewaySecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RequestContext>): void {
    // Apollo Gateway's own requests (none here: the supergraph is fixed) would carry no request context.
    if (context.requestId) {
      request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
      const binding = {
        requestId: context.requestId,
        subgraph: this.subgraphName,
        query: request.query ?? '',
        variables: request.variables,
      };
      request.http?.headers.set(IDENTITY_HEADER, signIdentity(context.viewer, binding, this.gatewaySecret));
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<GatewayGraphQLResponse> {
    const stopTimer = this.metrics.duration.startTimer({ subgraph: this.subgraphName });
    try {
      const response = await super.process(options);
      stopTimer({ outcome: response.errors?.length ? 'errors' : 'ok' });
      return response;
    } catch (error) {
      if (currentOperationSignal()?.aborted) {
        // The operation was stopped and answered OPERATION_TIMEOUT: this subgraph is not at fault.
        throw error;
      }
      stopTimer({ outcome: 'unavailable' });
      const reason = this.reasonOf(error);
      this.metrics.errors.inc({ subgraph: this.subgraphName, reason: reason.kind });
      (options.context.log ?? this.logger).warn('subgraph unavailable', { subgraph: this.subgraphName, reason: reason.text });
      throw new GraphQLError(`The ${this.subgraphName} subgraph is unavailable (${reason.text}); its fields are null.`, {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.subgraphName },
      });
    }
  }

  /** Returns why a request failed: a kind for the metric and words for people, without the subgraph's address. */
  private reasonOf(error: unknown): { kind: string; text: string } {
    const failure = error as {
      name?: string;
      message?: string;
      cause?: { code?: string; name?: string };
      extensions?: { response?: { status?: number } };
    };
    const status = failure.extensions?.response?.status;
    if (status !== undefined) {
      return { kind: 'status', text: `HTTP status ${status}` };
    }
    if (failure.name === 'TimeoutError' || failure.cause?.name === 'TimeoutError' || failure.cause?.code?.includes('TIMEOUT')) {
      return { kind: 'timeout', text: `no answer within ${this.settings.timeoutMs} ms` };
    }
    const code = failure.cause?.code;
    return { kind: 'connection', text: code ?? 'connection failed' };
  }
}
