import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isNonNullType, TypeInfo, ValidationContext } from 'graphql';

/**
 * Treats a variable given as an explicit `null` like one not given at all
 * when the operation passes it to an argument or input field that has a
 * default and cannot be null (`first: Int! = 20`, `orderBy: …! = …`):
 * GraphQL allows a nullable variable there because of the default, but a
 * null value would then fail execution with a bare field error, so
 * `artisans(first: $first)` with `{"first": null}` answers the default page,
 * as GitHub's API does. Dropping the variable is what lets graphql-js apply
 * the default; its other uses (if any) then see it as not given. The gateway
 * drops it before planning, so subgraphs never see such a null.
 */
export const nullAsDefaultPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, schema, document, operation }) {
        const variables = request.variables;
        if (!operation || !variables || !Object.values(variables).includes(null)) {
          return;
        }
        const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
        const defaulted = new Set(
          context
            .getRecursiveVariableUsages(operation)
            // Validation lets a nullable variable reach a non-null place only where a default stands in.
            .filter(({ node, type }) => type !== undefined && isNonNullType(type) && variables[node.name.value] === null)
            .map(({ node }) => node.name.value),
        );
        if (defaulted.size > 0) {
          request.variables = Object.fromEntries(Object.entries(variables).filter(([name]) => !defaulted.has(name)));
        }
      },
    };
  },
};
