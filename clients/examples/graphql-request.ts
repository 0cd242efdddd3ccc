// clients/examples/graphql-request.ts
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';

import { PartnerListingDocument, type PartnerListingQuery, type PartnerListingQueryVariables } from '../typed/graphql';

/** Returns the partner listing for Türkiye as of today, read with graphql-request: the data, and the errors of what the key may not see. */
export async function partnerListingWithGraphqlRequest(apiKey: string, url = 'http://localhost:4000/graphql') {
  // 'all': the data comes with the errors of fields the key may not see (each null, FORBIDDEN at its path), instead of a ClientError.
  const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${apiKey}` }, errorPolicy: 'all' });
  const { data, errors } = await client.rawRequest<PartnerListingQuery, PartnerListingQueryVariables>(print(PartnerListingDocument), {
    countryCode: 'TR',
    on: null,
  });
  return { data, errors: errors ?? [] };
}
