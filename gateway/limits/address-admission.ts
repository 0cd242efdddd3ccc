import type { Request, RequestHandler, Response } from 'express';

import { ErrorCode } from '../../services/shared/platform/graphql/errors';
import { requestScopeOf, sendGraphqlErrors } from '../../services/shared/platform/http';
import type { Logger } from '../../services/shared/platform/logger';
import type { AddressMeter, MeterState } from './rate-limiter';

/** The counts per client address that `addressAdmission` keeps. */
export interface AddressMeters {
  /** Requests refused with 401 (an unknown, revoked or malformed key): each cost a database lookup. */
  readonly unauthenticated: AddressMeter;
  /** Calls of `/readyz`: each asks every subgraph and the database. */
  readonly readiness: AddressMeter;
}

/**
 * Returns the gateway's step, before any route, that meters per client
 * address (Express's `request.ip`: TRUST_PROXY decides) what costs work but
 * no budget: a `/readyz` counts on arrival; a `/graphql` request counts when
 * it is answered 401, and once its address has had its count of 401s in the
 * window, its requests are refused before the key is looked up. Either way
 * the refusal is status 429, RATE_LIMITED, with `Retry-After`. A meter that
 * cannot answer (Redis down with no fallback) lets the request through.
 */
export function addressAdmission(meters: AddressMeters, logger: Logger): RequestHandler {
  const arrivals = new Map<string, Arrival>([
    [
      '/readyz',
      {
        meter: (address) => meters.readiness.count(address),
        refusal: `More than ${meters.readiness.points} readiness probes from this address in the window.`,
      },
    ],
    [
      // Only a 401 counts (once answered, below): on arrival the count so far is only read.
      '/graphql',
      {
        meter: (address) => meters.unauthenticated.check(address),
        refusal: `More than ${meters.unauthenticated.points} requests with an invalid key from this address in the window.`,
      },
    ],
  ]);
  return async (request, response, next) => {
    const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const arrival = arrivals.get(request.path);
    try {
      if (arrival) {
        const state = await arrival.meter(address);
        if (state.over) {
          refuse(request, response, state, logger, arrival.refusal);
          return;
        }
      }
      if (request.path === '/graphql') {
        response.once('finish', () => {
          if (response.statusCode === 401) {
            meters.unauthenticated.count(address).catch((error: unknown) => logger.warn('401 not counted', { err: error }));
          }
        });
      }
    } catch (error) {
      logger.warn('address meter did not answer; request let through', { err: error });
    }
    next();
  };
}

/** What a metered path does on arrival: what it asks of its meter, and what its refusal says once the meter is over. */
interface Arrival {
  readonly meter: (address: string) => Promise<MeterState>;
  readonly refusal: string;
}

/** Answers 429 RATE_LIMITED with `Retry-After`, as the budgets do. */
function refuse(request: Request, response: Response, state: MeterState, logger: Logger, message: string): void {
  const scope = requestScopeOf(request, logger);
  scope.errorCodes.add(ErrorCode.RATE_LIMITED);
  response.setHeader('retry-after', String(state.retryAfterSeconds));
  sendGraphqlErrors(request, response, 429, [
    {
      message: `${message} Try again in ${state.retryAfterSeconds} s.`,
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: state.retryAfterSeconds, requestId: scope.requestId },
    },
  ]);
}
