/**
 * What the rest of the graph (the gateway, `npm run apikey`, the tests) may
 * use of the access subgraph: its definition, its schema's tables, API keys,
 * the audit trail, trusted documents, and the size of `nodes(ids:)` for the
 * cost estimate. Nothing outside `services/access` imports any other file of it.
 */
export { accessSubgraph } from './access.subgraph';
export { ACCESS_DATABASE } from './access-database';
export { type ApiKeyRequest, createApiKey, type CreatedApiKey, listApiKeys, revokeApiKey } from './api-key/api-key.service';
export { storedApiKeyLookup } from './api-key/stored-api-key-lookup';
export { AuditOutcome } from './audit-event/audit-event.entity';
export { type AuditRecord, recordAuditEvents } from './audit-event/audit-event.service';
export { ACCESS_COMPUTED_LIST_SIZES } from './node/nodes-list-size';
export { parsePersistedDocumentManifest, sha256OfDocumentId } from './trusted-document/persisted-document-manifest';
export {
  addTrustedDocuments,
  listTrustedDocuments,
  removeTrustedDocument,
  storedTrustedDocumentLookup,
} from './trusted-document/trusted-document.service';
