import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { AuditEvent } from './audit-event.entity';

/** A page of audit events. It names callers, so it carries no public cache hint. */
export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent', 'audit events, newest first');

/** Audit events, newest first, then by id. */
export const AUDIT_EVENT_ORDER = new KeysetOrder<AuditEvent>(
  [
    { sql: 'event.occurred_at', type: 'timestamptz', valueOf: (event) => event.occurredAt.toISOString() },
    { sql: 'event.id', type: 'uuid', valueOf: (event) => event.id },
  ],
  'DESC',
);
