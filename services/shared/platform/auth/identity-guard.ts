import type { RequestHandler } from 'express';

import { requestScopeOf } from '../http/request-scope';
import { type Logger } from '../logger';
import { IDENTITY_HEADER, IdentityRejectedError, verifyIdentity } from './identity-header';

/**
 * Returns the subgraphs' guard: a request must carry the gateway's signed
 * identity for its request id, at most a minute old; it becomes the
 * request's viewer. Anything else is answered 401 UNAUTHENTICATED before any
 * GraphQL runs, so calling a subgraph directly bypasses nothing.
 */
export function subgraphIdentityGuard(secret: string, logger: Logger): RequestHandler {
  return (request, response, next) => {
    const scope = requestScopeOf(request, logger);
    try {
      const header = request.headers[IDENTITY_HEADER];
      scope.viewer = verifyIdentity(
        typeof header === 'string' ? header : undefined,
        request.headers['x-request-id'] as string | undefined,
        secret,
      );
      next();
    } catch (error) {
      if (!(error instanceof IdentityRejectedError)) {
        throw error;
      }
      scope.errorCodes.add('UNAUTHENTICATED');
      scope.log.warn('request refused: no valid signed identity', { reason: error.message });
      response.status(401).json({ errors: [{ message: `Refused: ${error.message}.`, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}
