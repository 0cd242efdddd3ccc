import { Router } from 'express';

import type { GraphiqlAssetSet } from './graphiql-assets';
import { GRAPHIQL_CONTENT_SECURITY_POLICY } from './graphiql-page';

/** A year: the files' names change with their content, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Returns the routes of the GraphiQL page beside the GraphQL path: `/`
 * redirects to `graphqlPath`, and `/graphiql/<file>` serves the page's files
 * (`assets()`), gzip-compressed for browsers that accept it.
 */
export function graphiqlRoutes(assets: () => Promise<GraphiqlAssetSet>, graphqlPath: string): Router {
  const router = Router();
  router.get('/', (_request, response) => {
    response.redirect(302, graphqlPath);
  });
  router.get('/graphiql/:file', async (request, response, next) => {
    const asset = (await assets()).all.get(request.path);
    if (!asset) {
      next();
      return;
    }
    const gzip = request.acceptsEncodings('gzip', 'identity') === 'gzip';
    response.setHeader('content-type', asset.contentType);
    response.setHeader('cache-control', IMMUTABLE);
    response.setHeader('vary', 'accept-encoding');
    // A script the page starts as a worker runs under its own response's policy: the page's, not the API's.
    response.setHeader('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
    if (gzip) {
      response.setHeader('content-encoding', 'gzip');
    }
    response.end(gzip ? asset.gzipped : asset.body);
  });
  return router;
}
