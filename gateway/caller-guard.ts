import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';

import type { ApiKeyAuthenticator } from '../services/access/api-key/api-key-authenticator';
import { requestScopeOf } from '../services/shared/platform/http';
import type { Logger } from '../services/shared/platform/logger';

/**
 * Returns the gateway's guard that says who is calling: no `Authorization`
 * header is an anonymous caller; `Bearer <key>` is the key's role and
 * organisation. An unknown, revoked or malformed key is answered 401
 * UNAUTHENTICATED before any GraphQL runs.
 */
export function callerGuard(authenticator: ApiKeyAuthenticator, logger: Logger): RequestHandler {
  return async (request, response, next) => {
    const scope = requestScopeOf(request, logger);
    try {
      scope.viewer = await authenticator.authenticate(request.headers.authorization);
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError)) {
        next(error);
        return;
      }
      scope.errorCodes.add('UNAUTHENTICATED');
      response.status(401).setHeader('www-authenticate', 'Bearer');
      response.json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}
