import { CreateAccessSchema1764300000000 } from './1764300000000-create-access-schema';
import { AuditEventMillisecondTime1765100000000 } from './1765100000000-audit-event-millisecond-time';
import { CreateTrustedDocument1765210000000 } from './1765210000000-create-trusted-document';

/** The access subgraph's migrations, oldest first. */
export const ACCESS_MIGRATIONS = [
  CreateAccessSchema1764300000000,
  AuditEventMillisecondTime1765100000000,
  CreateTrustedDocument1765210000000,
];
