import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { Role } from '../../shared/platform/auth';
import { DateTimeScalar, NonEmptyStringScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { AuditOutcome } from './audit-event.entity';

/** How to order the audit trail. */
export enum AuditEventOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(AuditEventOrder, {
  name: 'AuditEventOrder',
  description: 'How to order audit events: by when the mutation ran.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Most recent first (the default).' },
    OLDEST_FIRST: { description: 'Earliest first.' },
  },
});

/** Conditions on audit events; all must hold. */
@InputType({ description: 'Conditions the audit events must meet; all events when omitted.' })
export class AuditEventFilter {
  @Field(() => Role, { nullable: true, description: 'Only events of callers with this role.' })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Only events of partner keys of this organisation.' })
  organizationId?: string | null;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'Only events of the key with this prefix.' })
  keyPrefix?: string | null;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'Only runs of this mutation field, for example `createCourse`.' })
  mutation?: string | null;

  @Field(() => AuditOutcome, { nullable: true, description: 'Only events that ended this way.' })
  outcome?: AuditOutcome | null;

  @Field(() => ID, { nullable: true, description: 'Only events that named this record.' })
  targetId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only events at or after this time.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only events at or before this time.' })
  to?: Date | null;
}

/** Paging, filter and order of the audit trail. */
@ArgsType()
export class AuditEventListArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Conditions the events must meet; all events when omitted.' })
  filter?: AuditEventFilter | null;

  @Field(() => AuditEventOrder, { defaultValue: AuditEventOrder.NEWEST_FIRST, description: 'Order of the items.' })
  orderBy: AuditEventOrder;
}
