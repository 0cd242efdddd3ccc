import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Role } from '../../shared/platform/auth';
import { DateTimeScalar } from '../../shared/platform/graphql';

/** How a recorded mutation ended. */
export enum AuditOutcome {
  SUCCEEDED = 'SUCCEEDED',
  REFUSED = 'REFUSED',
  DENIED = 'DENIED',
  FAILED = 'FAILED',
}

registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'How a recorded mutation ended.',
  valuesConfig: {
    SUCCEEDED: { description: 'It wrote what it was asked to.' },
    REFUSED: { description: 'It refused with a payload error (`MutationErrorCode`); nothing was written.' },
    DENIED: { description: 'The caller had no key or no right to run it (UNAUTHENTICATED, FORBIDDEN); nothing was written.' },
    FAILED: { description: 'It failed with another error (bad input, a service unavailable, …); nothing was written.' },
  },
});

/** One mutation as the gateway saw it: who ran it, on what, and how it ended. Never holds the key or the input values. */
@Entity({ name: 'audit_event' })
@ObjectType({ description: 'One mutation run through the gateway: who ran it, on which records, and how it ended.' })
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  /** Millisecond precision, so that a cursor holding a JavaScript Date matches the row exactly. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  @Field(() => DateTimeScalar, { description: 'When the gateway answered it.' })
  occurredAt: Date;

  @Column('text')
  @Field({ description: 'The request id (`x-request-id`), as found in every log line of the request.' })
  requestId: string;

  @Column('text')
  @Field(() => Role, { description: 'The role of the caller.' })
  role: Role;

  /** Resolved to `organization`. */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: "The name of the caller's key; null without a key." })
  keyName: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: "The prefix of the caller's key; null without a key." })
  keyPrefix: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'The operation name the client gave; null for an unnamed operation.' })
  operationName: string | null;

  @Column('text')
  @Field({ description: 'The mutation field run, for example `createCourse`.' })
  mutation: string;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [ID], { description: 'Ids of the records it named in its arguments or returned.' })
  targetIds: string[];

  @Column('text')
  @Field(() => AuditOutcome, { description: 'How it ended.' })
  outcome: AuditOutcome;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'The error codes it ended with (payload refusal or top-level errors); empty on success.' })
  errorCodes: string[];
}
