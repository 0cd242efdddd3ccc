import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

import { Role } from '../../shared/platform/auth';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { AuditOutcome } from './audit-event.entity';

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

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only events at or after this time.' })
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only events at or before this time.' })
  to?: Date | null;
}
