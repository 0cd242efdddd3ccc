import type { DataSource } from 'typeorm';

import type { PersistedDocument } from './persisted-document-manifest';
import { TrustedDocument } from './trusted-document.entity';

/** What `addTrustedDocuments` did: how many documents were new, and how many were registered already. */
export interface TrustedDocumentsAdded {
  readonly added: number;
  readonly alreadyRegistered: number;
}

/**
 * Registers checked documents (see `parsePersistedDocumentManifest`) in one
 * statement, so all of them or none; a document registered already is left
 * as it is (its id is the hash of its text, so it is the same text).
 */
export async function addTrustedDocuments(dataSource: DataSource, documents: readonly PersistedDocument[]): Promise<TrustedDocumentsAdded> {
  const inserted = (await dataSource.query(
    `INSERT INTO access.trusted_document (sha256, body)
     SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (sha256) DO NOTHING
     RETURNING sha256`,
    [documents.map((document) => document.sha256), documents.map((document) => document.body)],
  )) as unknown[];
  return { added: inserted.length, alreadyRegistered: documents.length - inserted.length };
}

/** Returns every trusted document, the most recently added first. */
export function listTrustedDocuments(dataSource: DataSource): Promise<TrustedDocument[]> {
  return dataSource.getRepository(TrustedDocument).find({ order: { addedAt: 'DESC', sha256: 'ASC' } });
}

/** Removes the trusted document of this SHA-256; returns whether there was one. */
export async function removeTrustedDocument(dataSource: DataSource, sha256: string): Promise<boolean> {
  const { affected } = await dataSource.getRepository(TrustedDocument).delete({ sha256 });
  return (affected ?? 0) > 0;
}

/**
 * Returns the lookup of trusted documents for the gateway: the text of the
 * document of a SHA-256, or null when none is registered. It rejects when
 * the database does not answer.
 */
export function storedTrustedDocumentLookup(dataSource: DataSource): (sha256: string) => Promise<string | null> {
  return async (sha256) => (await dataSource.getRepository(TrustedDocument).findOneBy({ sha256 }))?.body ?? null;
}
