import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { DateScalar } from '../../shared/platform/graphql';

/** A certificate, issued once for an enrolment whose final exam was passed. */
@Entity({ name: 'certificate' })
@ObjectType({
  description:
    "A certificate, issued exactly once for an enrolment whose final exam was passed. Personal: analysts, admins and partner keys of the course's provider read it.",
})
export class Certificate extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  /** Resolved to `enrollment`; unique: one certificate per enrolment. */
  @Column('uuid')
  enrollmentId: string;

  @Column('text')
  @Field({ description: 'Serial number printed on the certificate, e.g. `HC-2025-000042`; look it up with `certificate(serial:)`.' })
  serial: string;

  /** Resolved to `issuer`. */
  @Column('uuid')
  issuerId: string;

  @Column('date')
  @Field(() => DateScalar, { description: 'Date of issue.' })
  issuedOn: string;

  @Field({ description: 'True for generated demonstration data (the certificate of a synthetic artisan), false for a real certificate.' })
  override isSynthetic: boolean;
}
