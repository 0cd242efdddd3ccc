import type { DataSource } from 'typeorm';

import { assertPerformAction } from '../../shared/platform/auth';
import { applyFilter } from '../../shared/platform/database';
import { BadUserInputError } from '../../shared/platform/graphql';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { AccessContext } from '../context';
import { AUDIT_EVENT_ORDERS } from './audit-event.connection';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventListArgs } from './audit-event.inputs';

/** An audit event as the gateway records it. */
export type AuditRecord = Omit<AuditEvent, 'id' | 'occurredAt'>;

/** Writes audit events, all in one statement. */
export async function recordAuditEvents(dataSource: DataSource, events: readonly AuditRecord[]): Promise<void> {
  if (events.length > 0) {
    await dataSource.getRepository(AuditEvent).insert(events.map((event) => ({ ...event })));
  }
}

/**
 * Returns a page of audit events matching the filter, in the order asked
 * for; only admins may read the trail. Throws BAD_USER_INPUT naming
 * `filter.to` when it precedes `filter.from`.
 */
export function findAuditEvents(context: AccessContext, args: AuditEventListArgs): Promise<Connection<AuditEvent>> {
  assertPerformAction(context.viewer, 'audit-event:read');
  const { filter } = args;
  if (filter?.from && filter.to && filter.to < filter.from) {
    throw new BadUserInputError('filter.to', `${filter.to.toISOString()} precedes filter.from ${filter.from.toISOString()}.`);
  }
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
  return pageOf('Query.auditEvents', query, args, AUDIT_EVENT_ORDERS[args.orderBy]);
}
