import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { AuditEvent } from './audit-event.entity';
import { AuditEventOrder } from './audit-event.inputs';

/** A page of audit events. It names callers, so it carries no public cache hint. */
export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent', 'audit events, newest first unless `orderBy` says otherwise');

function timeOrder(direction: 'ASC' | 'DESC'): KeysetOrder<AuditEvent> {
  return new KeysetOrder<AuditEvent>(
    [
      { sql: 'event.occurred_at', type: 'timestamptz', valueOf: (event) => event.occurredAt.toISOString() },
      { sql: 'event.id', type: 'uuid', valueOf: (event) => event.id },
    ],
    direction,
  );
}

/** The keyset order of each `AuditEventOrder`: by time (millisecond precision, as a cursor holds it), then id. */
export const AUDIT_EVENT_ORDERS: Readonly<Record<AuditEventOrder, KeysetOrder<AuditEvent>>> = {
  [AuditEventOrder.NEWEST_FIRST]: timeOrder('DESC'),
  [AuditEventOrder.OLDEST_FIRST]: timeOrder('ASC'),
};
