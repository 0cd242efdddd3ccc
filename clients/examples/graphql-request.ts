// clients/examples/graphql-request.ts
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';

import { ArtisanPageDocument, type ArtisanPageQuery, type ArtisanPageQueryVariables } from '../typed/graphql';

/** Returns an artisan's page, read with graphql-request: the data, and the errors of the fields the key may not see. */
export async function artisanPageWithGraphqlRequest(apiKey: string, artisanId: string, url = 'http://localhost:4000/graphql') {
  // 'all': the data comes with the errors of fields the key may not see (each null, with a FORBIDDEN error at its path), instead of a ClientError.
  const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${apiKey}` }, errorPolicy: 'all' });
  const { data, errors } = await client.rawRequest<ArtisanPageQuery, ArtisanPageQueryVariables>(print(ArtisanPageDocument), {
    id: artisanId,
  });
  return { data, errors: errors ?? [] };
}
