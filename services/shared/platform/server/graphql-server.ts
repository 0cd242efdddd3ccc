import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

import { argumentErrorsPlugin, createErrorFormatter, nulCharacterPlugin, unsupportedOperationPlugin } from '../graphql';
import { requestReportPlugin } from '../http/request-report.plugin';
import { apolloLoggerFor, type Logger } from '../logger';

/**
 * Returns an Apollo Server with the settings every server of the graph shares:
 * argument errors named and coded BAD_USER_INPUT, NUL characters and
 * subscriptions refused (400),
 * unexpected errors masked and logged, no stack traces in responses,
 * introspection on (the data is public), each request's operation name and
 * error codes reported to its access line and metrics, and no landing page
 * unless one is passed in `plugins`.
 */
export function createGraphqlServer<TContext extends BaseContext>(
  options: ApolloServerOptions<TContext> & { log: Logger },
): ApolloServer<TContext> {
  const { log: logger, plugins = [], ...rest } = options;
  const hasLandingPage = plugins.some((plugin) => 'renderLandingPage' in plugin);
  return new ApolloServer<TContext>({
    ...rest,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    logger: apolloLoggerFor(logger),
    plugins: [
      argumentErrorsPlugin,
      nulCharacterPlugin,
      unsupportedOperationPlugin,
      requestReportPlugin,
      ...plugins,
      ...(hasLandingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  } as ApolloServerOptions<TContext>);
}
