import path from 'node:path';

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Router } from 'express';

import { projectRoot } from '../../services/shared/platform/project-root';
import { type GraphiqlAssetSet, loadGraphiqlAssets } from './graphiql-assets';
import { graphiqlLandingPagePlugin } from './graphiql-landing-page.plugin';
import { GRAPHIQL_CONTENT_SECURITY_POLICY, renderGraphiqlPage } from './graphiql-page';
import { graphiqlRoutes } from './graphiql-routes';
import { readGraphqlExamples } from './graphql-example';

/** Options of `createGraphiql`. */
export interface GraphiqlOptions {
  /** The folder of the example operations; schema/examples/ of the checkout by default. */
  readonly examplesFolder?: string;
  /** The folder of the page's own script and styles; gateway/graphiql/browser/ of the checkout by default. */
  readonly pageFolder?: string;
  /** The GraphQL path the page sends operations to; `/graphql` by default. */
  readonly graphqlPath?: string;
}

/** GraphiQL at the gateway: the plugin that serves the page on the GraphQL path, the routes of its files, and the page's Content-Security-Policy. */
export interface Graphiql {
  readonly plugin: ApolloServerPlugin<BaseContext>;
  readonly routes: Router;
  /** The header the page must be served with: what it may load, and that no other site may frame it. */
  readonly contentSecurityPolicy: string;
}

/**
 * Returns GraphiQL for the gateway. The examples are read now, so that a
 * malformed one stops the gateway from starting; GraphiQL itself is loaded
 * when a browser first asks for the page.
 */
export async function createGraphiql(options: GraphiqlOptions = {}): Promise<Graphiql> {
  const {
    examplesFolder = path.join(projectRoot(), 'schema', 'examples'),
    pageFolder = path.join(projectRoot(), 'gateway', 'graphiql', 'browser'),
    graphqlPath = '/graphql',
  } = options;
  const examples = await readGraphqlExamples(examplesFolder);
  let assets: Promise<GraphiqlAssetSet> | undefined;
  const loadAssets = () => {
    assets ??= loadGraphiqlAssets(pageFolder).catch((error: unknown) => {
      // A failed load is tried again on the next request rather than kept.
      assets = undefined;
      throw error;
    });
    return assets;
  };
  let page: Promise<string> | undefined;
  const renderPage = () => {
    page ??= loadAssets().then(
      (loaded) => renderGraphiqlPage({ assets: loaded, examples, endpoint: graphqlPath }),
      (error: unknown) => {
        page = undefined;
        throw error;
      },
    );
    return page;
  };
  return {
    plugin: graphiqlLandingPagePlugin(renderPage),
    routes: graphiqlRoutes(loadAssets, graphqlPath),
    contentSecurityPolicy: GRAPHIQL_CONTENT_SECURITY_POLICY,
  };
}
