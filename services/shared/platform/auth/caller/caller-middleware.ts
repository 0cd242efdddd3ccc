import type { RequestHandler } from 'express';

import { requestScopeOf } from '../../http/request-scope';
import { sendGraphqlErrors } from '../../http/send-graphql-errors';
import type { Logger } from '../../logger';
import { CallerRefusedError, type ViewerStrategy } from './viewer-strategy';

/**
 * Returns the guard that makes the caller `strategy` resolves the request's
 * viewer; a refused caller is answered before any GraphQL runs, with the
 * refusal's status (401, or 503 while the database cannot say) and one error
 * carrying its code, in the GraphQL response media type the client asks for.
 */
export function callerMiddleware(strategy: ViewerStrategy, logger: Logger): RequestHandler {
  return async (request, response, next) => {
    const scope = requestScopeOf(request, logger);
    try {
      scope.viewer = await strategy.resolve(request);
    } catch (error) {
      if (!(error instanceof CallerRefusedError)) {
        next(error);
        return;
      }
      scope.errorCodes.add(error.code);
      scope.log.warn('request refused: caller not established', { reason: error.message });
      if (error.challenge) {
        response.setHeader('www-authenticate', error.challenge);
      }
      sendGraphqlErrors(request, response, error.status, [{ message: error.message, extensions: { code: error.code } }]);
      return;
    }
    next();
  };
}
