import type { Request, RequestHandler } from 'express';

import { sha256OfDocumentId } from '../../services/access/public';
import { isDatabaseUnavailable } from '../../services/shared/platform/database';
import { ErrorCode } from '../../services/shared/platform/graphql/errors';
import { acceptsOnlyJson, requestScopeOf, sendGraphqlErrors } from '../../services/shared/platform/http';
import type { Logger } from '../../services/shared/platform/logger';
import type { TrustedDocumentCache } from './trusted-document-cache';
import type { TrustedDocumentsSettings } from './trusted-documents-settings';

/** The parameters of a GraphQL-over-HTTP request that say which document runs, from a POST's JSON body or a GET's query string. */
interface DocumentParameters {
  readonly documentId: unknown;
  readonly query: unknown;
  /** `extensions.persistedQuery.sha256Hash`: the hash Apollo's persisted query link sends. */
  readonly persistedQueryHash: unknown;
  /** Makes the request carry the document's text in place of its id (`documentId` and `extensions.persistedQuery` removed). */
  replaceWithText(text: string): void;
}

/**
 * Returns the gateway's guard that runs trusted documents (persisted
 * documents, GraphQL over HTTP's Appendix A), after the caller is known and
 * before Apollo Server:
 * - `documentId` (in a POST's JSON body, or a GET's query string) names a
 *   trusted document by `sha256:<hex>` (or the hex alone); its text replaces
 *   the id, so that limits, budgets, authorization, the response cache and
 *   the audit trail treat it exactly as the same text sent as `query`. An id
 *   that names none is PERSISTED_DOCUMENT_NOT_FOUND; `documentId` with
 *   `query`, or one that is not text, BAD_REQUEST.
 * - Apollo's persisted query link sends the hash as
 *   `extensions.persistedQuery.sha256Hash` without `query`: a trusted
 *   document of that hash runs the same way; any other hash is left to
 *   Apollo Server's automatic persisted queries.
 * - With TRUSTED_DOCUMENTS=only, a caller of one of its roles may run trusted
 *   documents only: operation text (automatic persisted queries' registration
 *   included) is PERSISTED_DOCUMENT_REQUIRED, and a hash that names no
 *   trusted document PERSISTED_DOCUMENT_NOT_FOUND.
 * Refusals are status 400 (200 to clients that accept only
 * `application/json`); a database that does not answer, 503.
 */
export function trustedDocuments(documents: TrustedDocumentCache, settings: TrustedDocumentsSettings, logger: Logger): RequestHandler {
  return async (request, response, next) => {
    const parameters = parametersOf(request);
    if (!parameters) {
      next();
      return;
    }
    const scope = requestScopeOf(request, logger);
    const { role } = scope.viewer;
    const restricted = settings.mode === 'only' && settings.roles.has(role);
    // As Apollo Server answers a request error: a 400 is 200 for a client that accepts only `application/json`.
    const refuse = (status: number, message: string, code: string) => {
      scope.errorCodes.add(code);
      sendGraphqlErrors(request, response, status === 400 && acceptsOnlyJson(request) ? 200 : status, [{ message, extensions: { code } }]);
    };
    const { documentId, query, persistedQueryHash } = parameters;
    let id: string;
    if (documentId !== undefined) {
      if (typeof documentId !== 'string' || documentId === '') {
        refuse(
          400,
          '`documentId` must be one document id: `sha256:` and the SHA-256 of the document in hexadecimal.',
          ErrorCode.BAD_REQUEST,
        );
        return;
      }
      if (query !== undefined) {
        refuse(400, 'Send either `query` or `documentId`, not both.', ErrorCode.BAD_REQUEST);
        return;
      }
      id = documentId;
    } else if (query === undefined && typeof persistedQueryHash === 'string') {
      id = persistedQueryHash;
    } else {
      if (restricted && query !== undefined) {
        refuse(
          400,
          `This graph runs only trusted documents for ${role.toLowerCase()} callers: send \`documentId\` (the id of the operation in your persisted-documents manifest) instead of its text.`,
          ErrorCode.PERSISTED_DOCUMENT_REQUIRED,
        );
        return;
      }
      next();
      return;
    }
    const sha256 = sha256OfDocumentId(id);
    let text: string | null;
    try {
      text = sha256 ? await documents.documentText(sha256) : null;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        next(error);
        return;
      }
      refuse(503, 'The database did not answer while looking up the document; try again shortly.', ErrorCode.DATABASE_UNAVAILABLE);
      return;
    }
    if (text !== null) {
      parameters.replaceWithText(text);
      next();
    } else if (documentId === undefined && !restricted) {
      // Not a trusted document: Apollo Server's automatic persisted queries may know the hash.
      next();
    } else {
      refuse(
        400,
        `No trusted document has the id ${JSON.stringify(id)}: the graph's operator registers persisted-documents manifests (\`npm run documents -- add\`).`,
        ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND,
      );
    }
  };
}

/** Returns the parameters of a POST with a JSON object as body, or of a GET; null for anything else (left to Apollo Server). */
function parametersOf(request: Request): DocumentParameters | null {
  if (request.method === 'POST') {
    const body: unknown = request.body;
    if (!isRecord(body)) {
      return null;
    }
    return {
      documentId: body.documentId,
      query: body.query,
      persistedQueryHash: persistedQueryHashOf(body.extensions),
      replaceWithText(text) {
        body.query = text;
        delete body.documentId;
        const rest = withoutPersistedQuery(body.extensions);
        if (rest === undefined) {
          delete body.extensions;
        } else {
          body.extensions = rest;
        }
      },
    };
  }
  if (request.method === 'GET') {
    const url = new URL(request.url, 'http://gateway');
    const { searchParams } = url;
    const extensions = jsonOrText(searchParams.get('extensions'));
    const documentIds = searchParams.getAll('documentId');
    return {
      // Twice is no id.
      documentId: documentIds.length > 1 ? documentIds : documentIds[0],
      query: searchParams.get('query') ?? undefined,
      persistedQueryHash: persistedQueryHashOf(extensions),
      replaceWithText(text) {
        searchParams.delete('documentId');
        searchParams.set('query', text);
        const rest = withoutPersistedQuery(extensions);
        if (rest === undefined) {
          searchParams.delete('extensions');
        } else if (rest !== extensions) {
          searchParams.set('extensions', JSON.stringify(rest));
        }
        request.url = `${url.pathname}${url.search}`;
      },
    };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Returns `persistedQuery.sha256Hash` of a request's extensions, when they have one. */
function persistedQueryHashOf(extensions: unknown): unknown {
  return isRecord(extensions) && isRecord(extensions.persistedQuery) ? extensions.persistedQuery.sha256Hash : undefined;
}

/** Returns extensions without `persistedQuery` (undefined when nothing else is left), or the value itself when it has none. */
function withoutPersistedQuery(extensions: unknown): unknown {
  if (!isRecord(extensions) || !('persistedQuery' in extensions)) {
    return extensions;
  }
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Returns a GET parameter's JSON value, or its text when it is not JSON (Apollo Server then refuses it); undefined when absent. */
function jsonOrText(text: string | null): unknown {
  if (text === null) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
