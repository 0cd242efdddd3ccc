import type { ApolloServerPlugin } from '@apollo/server';
import { type FieldNode, type GraphQLFormattedError, Kind, type SelectionSetNode, visit } from 'graphql';
import type { DataSource } from 'typeorm';

import { AuditOutcome, type AuditRecord, recordAuditEvents } from '../../services/access/public';
import type { RequestContext } from '../../services/shared/platform/http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/**
 * The audit trail: every mutation field the gateway runs is recorded once
 * the response is known: who ran it (role, organisation, key name and
 * prefix, request id), which records it named in its arguments or returned,
 * and how it ended. Never the key or the input values.
 */
export function auditPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response, request }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') {
            return;
          }
          const { data, errors } = response.body.singleResult;
          const events = rootFields(operation.selectionSet).map((field): AuditRecord => {
            const key = field.alias?.value ?? field.name.value;
            const payload = (data as Record<string, unknown> | null | undefined)?.[key];
            const fieldErrors = (errors ?? []).filter((error) => error.path === undefined || error.path[0] === key);
            const refusal = (payload as { error?: { code?: string } | null } | null | undefined)?.error?.code;
            return {
              requestId: contextValue.requestId,
              role: contextValue.viewer.role,
              organizationId: contextValue.viewer.organizationId,
              keyName: contextValue.viewer.keyName,
              keyPrefix: contextValue.viewer.keyPrefix,
              operationName: operation.name?.value ?? null,
              mutation: field.name.value,
              targetIds: [...new Set([...idsIn(field, request.variables ?? {}), ...idsInValue(payload)])],
              outcome: outcomeOf(fieldErrors, refusal),
              errorCodes: refusal
                ? [refusal]
                : [...new Set(fieldErrors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))],
            };
          });
          try {
            await recordAuditEvents(dataSource, events);
          } catch (error) {
            contextValue.log.error('audit events not recorded', { err: error, mutations: events.map((event) => event.mutation) });
          }
        },
      };
    },
  };
}

/** Returns the fields at the root of a selection, through inline fragments. */
function rootFields(selectionSet: SelectionSetNode): FieldNode[] {
  return selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection] : selection.kind === Kind.INLINE_FRAGMENT ? rootFields(selection.selectionSet) : [],
  );
}

function outcomeOf(errors: readonly GraphQLFormattedError[], refusal: string | undefined): AuditOutcome {
  if (errors.some((error) => DENIED_CODES.has(String(error.extensions?.code)))) {
    return AuditOutcome.DENIED;
  }
  if (errors.length > 0) {
    return AuditOutcome.FAILED;
  }
  return refusal ? AuditOutcome.REFUSED : AuditOutcome.SUCCEEDED;
}

/** Returns the ids (UUIDs) written in a field's arguments, as literals or through the variables they use. */
function idsIn(field: FieldNode, variables: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const argument of field.arguments ?? []) {
    visit(argument.value, {
      StringValue: (node) => void (UUID.test(node.value) && ids.push(node.value)),
      Variable: (node) => void ids.push(...idsInValue(variables[node.name.value])),
    });
  }
  return ids;
}

/** Returns the UUID strings anywhere in a JSON value. */
function idsInValue(value: unknown): string[] {
  if (typeof value === 'string') {
    return UUID.test(value) ? [value] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap(idsInValue);
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value).flatMap(idsInValue);
  }
  return [];
}
