import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { DateTimeScalar } from '../../shared/platform/graphql';

/** Where an artisan stands in a course. */
export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'Where an artisan stands in a course.',
  valuesConfig: {
    ENROLLED: { description: 'Taking the course; no exam result yet.' },
    PASSED: { description: 'Passed the final exam; a certificate has been issued.' },
    FAILED: { description: 'Failed the final exam; a later result may still be recorded.' },
    WITHDRAWN: { description: 'Left the course; the seat is free again.' },
  },
});

/** Statuses that hold a seat in the course. */
export const SEAT_HOLDING_STATUSES: readonly EnrollmentStatus[] = [
  EnrollmentStatus.ENROLLED,
  EnrollmentStatus.PASSED,
  EnrollmentStatus.FAILED,
];

/** An artisan's place in a course, and its exam result. */
@Entity({ name: 'enrollment' })
@ObjectType({
  description:
    "An artisan's place in a course, and the result of its final exam. Personal: analysts, admins and partner keys of the course's provider read it.",
})
export class Enrollment extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  /** Resolved to `artisan`. */
  @Column('uuid')
  artisanId: string;

  /** Resolved to `course`. */
  @Column('uuid')
  courseId: string;

  @Column('text')
  @Field(() => EnrollmentStatus, { description: 'Where the artisan stands in the course.' })
  status: EnrollmentStatus;

  @Column('numeric', {
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) },
  })
  @Field(() => Float, { nullable: true, description: 'Final exam score from 0 to 100; null until recorded or when none was given.' })
  examScore: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => DateTimeScalar, { description: 'When the artisan enrolled.' })
  enrolledAt: Date;

  @Field(() => DateTimeScalar, { description: 'When the status or result last changed.' })
  override updatedAt: Date;

  @Field({ description: 'True for generated demonstration data (the enrolment of a synthetic artisan), false for a real enrolment.' })
  override isSynthetic: boolean;
}
