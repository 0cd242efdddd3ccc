/**
 * The GraphQL Code Generator plugin of clients/typed/type-policies.ts
 * (`codegen.ts` loads it by the name `apollo-type-policies`): Apollo Client's
 * `typePolicies` and `possibleTypes`, from the schema alone.
 */
import type { GraphQLSchema } from 'graphql';

import { printApolloCacheModule } from './apollo-type-policies';

/** Returns the module's text; codegen calls it with the schema and the operations (there are none). */
export function plugin(schema: GraphQLSchema): string {
  return printApolloCacheModule(schema);
}
