// clients/examples/urql.ts
import { Client, fetchExchange } from '@urql/core';

import { ArtisanPageDocument } from '../typed/graphql';

/** Returns an artisan's page, read with urql: the data, and the errors of the fields the key may not see. */
export async function artisanPageWithUrql(apiKey: string, artisanId: string, url = 'http://localhost:4000/graphql') {
  const client = new Client({
    url,
    exchanges: [fetchExchange],
    // urql sends a query as a GET, which the gateway refuses as a possible cross-site request forgery: POST it.
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: `Bearer ${apiKey}` } },
  });
  // urql never throws: the data comes with the errors of fields the key may not see (each null, with a FORBIDDEN error at its path).
  const { data, error } = await client.query(ArtisanPageDocument, { id: artisanId }).toPromise();
  if (error?.networkError) {
    throw error.networkError;
  }
  return { data, errors: error?.graphQLErrors ?? [] };
}
