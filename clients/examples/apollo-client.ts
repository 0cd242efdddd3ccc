// clients/examples/apollo-client.ts
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';

import { ArtisanPageDocument } from '../typed/graphql';
import { possibleTypes, typePolicies } from '../typed/type-policies';

/** Returns an artisan's page, read with Apollo Client: the data, and the errors of the fields the key may not see. */
export async function artisanPageWithApolloClient(apiKey: string, artisanId: string, uri = 'http://localhost:4000/graphql') {
  const client = new ApolloClient({
    link: new HttpLink({ uri, headers: { authorization: `Bearer ${apiKey}` } }),
    // The generated policies: how the cache names each type (`keyFields`), and the types of each interface.
    cache: new InMemoryCache({ typePolicies, possibleTypes }),
  });
  // 'all': the data comes with the errors of fields the key may not see (each null, with a FORBIDDEN error at its path), instead of an exception.
  const { data, error } = await client.query({
    query: ArtisanPageDocument,
    variables: { id: artisanId },
    errorPolicy: 'all',
  });
  // A refused request (UNAUTHENTICATED, RATE_LIMITED) is GraphQL errors too; anything else (the network) is not.
  if (error && !CombinedGraphQLErrors.is(error)) {
    throw error;
  }
  return { data, errors: error?.errors ?? [] };
}
