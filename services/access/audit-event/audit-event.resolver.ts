import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { ConnectionListSize } from '../../shared/platform/paging';
import type { AccessContext } from '../context';
import { Organization, organizationReferenceTo } from '../organization/organization.type';
import { AuditEventConnection } from './audit-event.connection';
import { AuditEvent } from './audit-event.entity';
import { AuditEventListArgs } from './audit-event.inputs';
import { findAuditEvents } from './audit-event.service';

/** The audit trail of mutations, for admins. */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @ConnectionListSize()
  @Query(() => AuditEventConnection, {
    nullable: true,
    description:
      'Mutations run through the gateway, newest first unless `orderBy` says otherwise: who ran them, on what, and how they ended. Admins only.',
  })
  auditEvents(@Args() args: AuditEventListArgs, @Ctx() context: AccessContext) {
    return findAuditEvents(context, args);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation of the caller’s partner key; null for other callers.',
  })
  organization(@Root() event: AuditEvent): Organization | null {
    return organizationReferenceTo(event.organizationId);
  }
}
