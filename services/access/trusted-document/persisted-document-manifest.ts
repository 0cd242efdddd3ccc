import { createHash } from 'node:crypto';

import { Kind, parse } from 'graphql';

/** A document of a manifest, checked: the SHA-256 of its text (hex) and the text. */
export interface PersistedDocument {
  readonly sha256: string;
  readonly body: string;
}

/** Thrown for a manifest that cannot be registered; the message lists every problem found. */
export class ManifestError extends Error {}

/** Apollo's persisted query manifest (`@apollo/generate-persisted-query-manifest`): its operations with their ids and texts. */
const APOLLO_MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

/** A SHA-256 document id: `sha256:` and 64 lower-case hexadecimal digits (GraphQL over HTTP, the client preset), or the digits alone (Apollo). */
const SHA256_DOCUMENT_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

/**
 * Returns the SHA-256 (64 hexadecimal digits) a document id names:
 * `sha256:<hex>` as GraphQL over HTTP and GraphQL Code Generator's client
 * preset write it, or `<hex>` as Apollo's persisted query link and manifest
 * do; null for any other id.
 */
export function sha256OfDocumentId(id: string): string | null {
  return SHA256_DOCUMENT_ID.exec(id)?.[1] ?? null;
}

/** Returns the SHA-256 of a document's text (UTF-8), in lower-case hexadecimal. */
export function documentSha256(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * Returns the documents of a persisted-documents manifest, each checked: its
 * id is a SHA-256 document id, the SHA-256 of its text is that id, and the
 * text is a GraphQL executable document with at least one operation. Two
 * formats are read: GraphQL Code Generator's client preset
 * (`persisted-documents.json`: an object of id to text) and Apollo's
 * persisted query manifest (`format`, `version` 1, `operations` of `{ id,
 * body }`). Throws a ManifestError listing every problem when any document
 * fails, so that a manifest is registered whole or not at all.
 */
export function parsePersistedDocumentManifest(manifest: unknown): PersistedDocument[] {
  const entries = manifestEntries(manifest);
  const problems: string[] = [];
  const documents = new Map<string, PersistedDocument>();
  for (const [id, body] of entries) {
    const problem = documentProblem(id, body);
    if (problem) {
      problems.push(`${JSON.stringify(id)}: ${problem}`);
    } else {
      const sha256 = sha256OfDocumentId(id)!;
      documents.set(sha256, { sha256, body: body as string });
    }
  }
  if (entries.length === 0) {
    problems.push('the manifest holds no document');
  }
  if (problems.length > 0) {
    throw new ManifestError(`The manifest was not registered (nothing was written):\n${problems.map((line) => `  ${line}`).join('\n')}`);
  }
  return [...documents.values()];
}

/** Returns the manifest's entries as [id, text] pairs, whatever their types; throws a ManifestError for a manifest of neither format. */
function manifestEntries(manifest: unknown): Array<[string, unknown]> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new ManifestError("A manifest is a JSON object: id to document text (the client preset), or Apollo's persisted query manifest.");
  }
  const record = manifest as Record<string, unknown>;
  if (record.format !== APOLLO_MANIFEST_FORMAT) {
    return Object.entries(record);
  }
  if (record.version !== 1 || !Array.isArray(record.operations)) {
    throw new ManifestError(`An Apollo persisted query manifest of version 1 is read, with its \`operations\`.`);
  }
  return record.operations.map((operation: unknown, index): [string, unknown] => {
    const { id, body } = (operation ?? {}) as { id?: unknown; body?: unknown };
    return [typeof id === 'string' ? id : `operations[${index}]`, typeof id === 'string' ? body : undefined];
  });
}

/** Returns what is wrong with one document of a manifest, or null when nothing is. */
function documentProblem(id: string, body: unknown): string | null {
  const sha256 = sha256OfDocumentId(id);
  if (!sha256) {
    return 'not a SHA-256 document id (`sha256:` and 64 lower-case hexadecimal digits, or the digits alone); the client preset writes them with its default `hashAlgorithm: "sha256"`';
  }
  if (typeof body !== 'string') {
    return 'its document is not text';
  }
  const actual = documentSha256(body);
  if (actual !== sha256) {
    return `the SHA-256 of its document is ${actual}`;
  }
  try {
    const { definitions } = parse(body);
    if (definitions.some((definition) => definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION)) {
      return 'its document defines more than operations and fragments';
    }
    if (!definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)) {
      return 'its document holds no operation';
    }
  } catch (error) {
    return `its document is not GraphQL: ${(error as Error).message}`;
  }
  return null;
}
