import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

import { mayPerformAction } from '../../services/shared/platform/auth';
import { ErrorCode } from '../../services/shared/platform/graphql/errors';
import type { RequestContext } from '../../services/shared/platform/http';
import { fragmentsOf } from '../../services/shared/platform/limits';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Returns the plugin that, in production, keeps introspection (`__schema`,
 * `__type`) for analysts and admins: anyone else gets FORBIDDEN (status 403)
 * before anything runs. `__typename` stays open to all. Outside production
 * it does nothing, so that GraphiQL and code generators work without a key.
 */
export function introspectionPlugin(production: boolean): ApolloServerPlugin<RequestContext> {
  if (!production) {
    return {};
  }
  return {
    async requestDidStart({ contextValue }) {
      if (mayPerformAction(contextValue.viewer, 'schema:introspect')) {
        return;
      }
      return {
        async didResolveOperation({ document, operation }) {
          if (operation && asksForIntrospection(document, operation)) {
            throw new GraphQLError('Introspection (`__schema`, `__type`) needs an analyst or admin key here.', {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}

/** Returns whether the operation, or a fragment it spreads, selects `__schema` or `__type`. */
function asksForIntrospection(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fragments = fragmentsOf(document);
  const seen = new Set<string>();
  const selects = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        return INTROSPECTION_FIELDS.has(selection.name.value) || (selection.selectionSet !== undefined && selects(selection.selectionSet));
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return selects(selection.selectionSet);
      }
      const fragment = Object.hasOwn(fragments, selection.name.value) ? fragments[selection.name.value] : undefined;
      if (!fragment || seen.has(fragment.name.value)) {
        return false;
      }
      seen.add(fragment.name.value);
      return selects(fragment.selectionSet);
    });
  return selects(operation.selectionSet);
}
