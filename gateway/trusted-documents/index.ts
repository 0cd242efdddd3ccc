export { TrustedDocumentCache } from './trusted-document-cache';
export { trustedDocuments } from './trusted-documents';
export { type TrustedDocumentsSettings, trustedDocumentsSettingsFromEnv } from './trusted-documents-settings';
