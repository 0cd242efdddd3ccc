import { ApiKey } from './api-key/api-key.entity';
import { AuditEvent } from './audit-event/audit-event.entity';
import { ACCESS_MIGRATIONS } from './migrations';
import { TrustedDocument } from './trusted-document/trusted-document.entity';

/**
 * The `access` schema: API keys, the audit trail and the trusted documents.
 * The access subgraph serves it; the gateway reads keys and trusted documents
 * from it and writes audit events to it; `npm run apikey` manages keys in it,
 * `npm run documents` trusted documents.
 */
export const ACCESS_DATABASE = {
  databaseSchema: 'access',
  entities: [ApiKey, AuditEvent, TrustedDocument],
  migrations: ACCESS_MIGRATIONS,
};
