import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

import type { RequestContext } from './request-scope';

/**
 * Tells the request's scope what the access line and the metrics need: the
 * operation's name once it has passed validation, and the code of every error
 * in the response.
 */
export const requestReportPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart({ contextValue }) {
    const scope = (contextValue as Partial<RequestContext>).requestScope;
    if (!scope) {
      return;
    }
    return {
      async didResolveOperation({ operationName }) {
        scope.operationName = operationName ?? undefined;
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          scope.errorCodes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        }
      },
      async willSendResponse({ response }) {
        if (response.body.kind === 'single') {
          for (const error of response.body.singleResult.errors ?? []) {
            scope.errorCodes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          }
        }
      },
    };
  },
};
