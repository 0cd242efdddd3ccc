import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Returns the Apollo Server plugin that answers a browser's GET on the GraphQL
 * path (one whose `Accept` prefers `text/html`) with the page `html` returns;
 * every other request (POST, a GET query with its CSRF-preventing header, a
 * GET from a client that does not ask for HTML) goes on to GraphQL as before.
 */
export function graphiqlLandingPagePlugin(html: () => Promise<string>): ApolloServerPlugin<BaseContext> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
