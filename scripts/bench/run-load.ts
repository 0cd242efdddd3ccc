import autocannon from 'autocannon';

import type { Variables } from './graph-operations';

/** How hard and how long to load a target. */
export interface LoadOptions {
  /** Concurrent connections, each sending its next request as soon as the previous one is answered. */
  readonly connections: number;
  readonly durationSeconds: number;
  /** A request unanswered for this long counts as a timeout. */
  readonly timeoutSeconds: number;
}

/** What one load run measured. */
export interface LoadResult {
  readonly seconds: number;
  /** Requests sent, including those still unanswered when the run ended. */
  readonly sent: number;
  /** Responses received, whatever their status. */
  readonly answered: number;
  /** 2xx responses without GraphQL errors per second. */
  readonly requestsPerSecond: number;
  /** Latency percentiles of the 2xx responses, in milliseconds. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses with a status other than 2xx. */
  readonly non2xx: number;
  /** Responses whose body holds GraphQL `errors`. */
  readonly graphqlErrors: number;
  /** Connection errors and timeouts. */
  readonly transportErrors: number;
}

/**
 * Posts `document` to `url` with autocannon for `durationSeconds`, each
 * request taking the next of `variables` in turn across all connections (so
 * that concurrent requests differ, as different users' would), and returns
 * the throughput, latencies and failures.
 */
export async function runLoad(url: string, document: string, variables: readonly Variables[], options: LoadOptions): Promise<LoadResult> {
  const bodies = variables.map((values) => JSON.stringify({ query: document, variables: values }));
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: options.timeoutSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
    // A GraphQL error is a failure even with status 200.
    verifyBody: (body) => !String(body).includes('"errors":'),
  });
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    seconds: result.duration,
    sent: result.requests.sent,
    answered,
    requestsPerSecond: (result['2xx'] - result.mismatches) / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    transportErrors: result.errors,
  };
}
