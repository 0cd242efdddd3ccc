import { ApiKey } from './api-key/api-key.entity';
import { AuditEvent } from './audit-event/audit-event.entity';
import { ACCESS_MIGRATIONS } from './migrations';

/**
 * The `access` schema: API keys and the audit trail. The access subgraph
 * serves it; the gateway reads keys from it and writes audit events to it;
 * `npm run apikey` manages keys in it.
 */
export const ACCESS_DATABASE = { databaseSchema: 'access', entities: [ApiKey, AuditEvent], migrations: ACCESS_MIGRATIONS };
