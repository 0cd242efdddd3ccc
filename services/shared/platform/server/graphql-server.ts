import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

import { isProductionFromEnv } from '../env';
import {
  argumentErrorsPlugin,
  createErrorFormatter,
  nulCharacterPlugin,
  nullAsDefaultPlugin,
  unsupportedOperationPlugin,
} from '../graphql';
import { requestReportPlugin } from '../http/request-report.plugin';
import { apolloLoggerFor, type Logger } from '../logger';

/** What `createGraphqlServer` takes besides Apollo Server's own options. */
export interface GraphqlServerSettings {
  readonly log: Logger;
  /** Production mode (see `ErrorFormatterOptions`); NODE_ENV=production when not given. */
  readonly production?: boolean;
}

/**
 * Returns an Apollo Server with the settings every server of the graph shares:
 * argument errors named and coded BAD_USER_INPUT, NUL characters and
 * subscriptions refused (400), a null variable where an argument has a
 * default read as not given,
 * unexpected errors masked and logged, no stack traces in responses,
 * introspection on (the data is public; the gateway keeps it for analysts
 * and admins in production), CSRF prevention on, batched requests refused,
 * each request's operation name and
 * error codes reported to its access line and metrics, and no landing page
 * unless one is passed in `plugins`. In production, unexpected errors are
 * only their code and request id, and no error suggests schema names.
 */
export function createGraphqlServer<TContext extends BaseContext>(
  options: ApolloServerOptions<TContext> & GraphqlServerSettings,
): ApolloServer<TContext> {
  const { log: logger, production = isProductionFromEnv(), plugins = [], ...rest } = options;
  const hasLandingPage = plugins.some((plugin) => 'renderLandingPage' in plugin);
  return new ApolloServer<TContext>({
    ...rest,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Apollo Server's own defaults, stated because the graph relies on them: a GET needs a preflight-forcing header, and one request is one operation.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError: createErrorFormatter(logger, { production }),
    logger: apolloLoggerFor(logger),
    plugins: [
      argumentErrorsPlugin,
      nulCharacterPlugin,
      nullAsDefaultPlugin,
      unsupportedOperationPlugin,
      requestReportPlugin,
      ...plugins,
      ...(hasLandingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  } as ApolloServerOptions<TContext>);
}
