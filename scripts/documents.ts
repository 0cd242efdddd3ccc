/**
 * `npm run documents -- add FILE`, `npm run documents -- list`, `npm run
 * documents -- remove ID`: manages the trusted documents (persisted
 * documents) that the gateway runs by id, in the database of `npm start`
 * (ACCESS_DATABASE_URL, DATABASE_URL, or the embedded PostgreSQL), as the
 * access subgraph's role. FILE is a persisted-documents manifest: GraphQL
 * Code Generator's client preset's `persisted-documents.json` or Apollo's
 * persisted query manifest; each document's hash is checked, and a manifest
 * with any problem is refused whole.
 * Exit status: 0 done, 1 failed, 2 wrong usage.
 */
import 'reflect-metadata';

import { readFile } from 'node:fs/promises';

import { parse } from 'graphql';

import {
  addTrustedDocuments,
  listTrustedDocuments,
  parsePersistedDocumentManifest,
  removeTrustedDocument,
  sha256OfDocumentId,
} from '../services/access/public';
import { runAccessCommand, UsageError } from './access-command';

const USAGE = `Usage:
  npm run documents -- add <persisted-documents.json>
  npm run documents -- list
  npm run documents -- remove <sha256:hex>
`;

/** Returns the names of a document's operations, "(unnamed)" for an anonymous one. */
function operationNames(body: string): string {
  return parse(body)
    .definitions.flatMap((definition) => (definition.kind === 'OperationDefinition' ? [definition.name?.value ?? '(unnamed)'] : []))
    .join(', ');
}

runAccessCommand(USAGE, async (openDatabase) => {
  const [command, ...rest] = process.argv.slice(2);
  if (!['add', 'list', 'remove'].includes(command ?? '') || rest.length !== (command === 'list' ? 0 : 1)) {
    throw new UsageError();
  }
  const removed = command === 'remove' ? sha256OfDocumentId(rest[0]) : null;
  if (command === 'remove' && !removed) {
    throw new UsageError(`${rest[0]} is not a document id: \`sha256:\` and 64 lower-case hexadecimal digits, as \`list\` shows them.`);
  }
  // Every document is checked before the database is opened: a manifest with a problem writes nothing.
  const documents = command === 'add' ? parsePersistedDocumentManifest(JSON.parse(await readFile(rest[0], 'utf8'))) : [];
  const dataSource = await openDatabase();
  if (command === 'add') {
    const { added, alreadyRegistered } = await addTrustedDocuments(dataSource, documents);
    process.stdout.write(
      `Registered ${documents.length} documents of ${rest[0]}: ${added} new, ${alreadyRegistered} registered already. Gateways answer them within a second.\n`,
    );
  } else if (command === 'list') {
    for (const document of await listTrustedDocuments(dataSource)) {
      process.stdout.write(`sha256:${document.sha256}  added ${document.addedAt.toISOString()}  ${operationNames(document.body)}\n`);
    }
  } else {
    if (!(await removeTrustedDocument(dataSource, removed!))) {
      process.stderr.write(`No trusted document has the id ${rest[0]}; \`npm run documents -- list\` shows them.\n`);
      return 1;
    }
    process.stdout.write(`Removed ${rest[0]}; gateways refuse it within a second.\n`);
  }
  return 0;
});
