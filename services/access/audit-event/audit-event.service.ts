import type { DataSource } from 'typeorm';

import { requireRole, Role } from '../../shared/platform/auth';
import { applyFilter } from '../../shared/platform/database';
import { type Connection, type PageArgs, pageOf } from '../../shared/platform/paging';
import type { AccessContext } from '../context';
import { AUDIT_EVENT_ORDER } from './audit-event.connection';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './audit-event.inputs';

/** An audit event as the gateway records it. */
export type AuditRecord = Omit<AuditEvent, 'id' | 'occurredAt'>;

/** Writes audit events, all in one statement. */
export async function recordAuditEvents(dataSource: DataSource, events: readonly AuditRecord[]): Promise<void> {
  if (events.length > 0) {
    await dataSource.getRepository(AuditEvent).insert(events.map((event) => ({ ...event })));
  }
}

/** Returns a page of audit events matching `filter`, newest first; only admins may read the trail. */
export function findAuditEvents(context: AccessContext, filter: AuditEventFilter | null, page: PageArgs): Promise<Connection<AuditEvent>> {
  requireRole(context.viewer, [Role.ADMIN], 'Reading the audit trail');
  const query = applyFilter(context.dataSource.getRepository(AuditEvent).createQueryBuilder('event'), filter, {
    role: { equals: 'event.role' },
    organizationId: { equalsId: 'event.organization_id' },
    keyPrefix: { equals: 'event.key_prefix' },
    mutation: { equals: 'event.mutation' },
    outcome: { equals: 'event.outcome' },
    targetId: { where: ':targetId = ANY(event.target_ids)' },
    from: { atLeast: 'event.occurred_at' },
    to: { atMost: 'event.occurred_at' },
  });
  return pageOf(query, page, AUDIT_EVENT_ORDER);
}
