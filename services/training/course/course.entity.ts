import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** How a course is taught. */
export enum DeliveryMode {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}

registerEnumType(DeliveryMode, {
  name: 'DeliveryMode',
  description: 'How a course is taught.',
  valuesConfig: {
    ONLINE: { description: 'Virtual classes only.' },
    IN_PERSON: { description: 'Classes in a room only.' },
    HYBRID: { description: 'Both virtual and in-person classes.' },
  },
});

/** Who a course is meant for. */
export enum CourseAudience {
  PROFESSIONALS = 'PROFESSIONALS',
  UNIVERSITY_GRADUATES = 'UNIVERSITY_GRADUATES',
  INSTRUCTORS = 'INSTRUCTORS',
  BEGINNERS = 'BEGINNERS',
}

registerEnumType(CourseAudience, {
  name: 'CourseAudience',
  description: 'Who a course is meant for.',
  valuesConfig: {
    PROFESSIONALS: { description: 'Working handicraft professionals.' },
    UNIVERSITY_GRADUATES: { description: 'University graduates.' },
    INSTRUCTORS: { description: 'Instructors on refresher training.' },
    BEGINNERS: { description: 'People new to the craft.' },
  },
});

/** What a course's `capacity` null means. */
export enum CapacityStatus {
  LIMITED = 'LIMITED',
  UNLIMITED = 'UNLIMITED',
  NOT_ANNOUNCED = 'NOT_ANNOUNCED',
}

registerEnumType(CapacityStatus, {
  name: 'CapacityStatus',
  description: 'Whether a course has a number of places, none, or one not announced.',
  valuesConfig: {
    LIMITED: { description: '`capacity` places; enrolments beyond it are refused (COURSE_FULL).' },
    UNLIMITED: { description: 'No limit on places.' },
    NOT_ANNOUNCED: { description: 'The sources announce no number of places; enrolments are not refused for lack of places.' },
  },
});

/** A training course: who provides it, where and how it runs, and what it leads to. */
@Entity({ name: 'course' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A training course: who provides it, where and how it runs, and the exam and certificate it leads to.' })
export class Course extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Title.' })
  title: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the course teaches and how.' })
  description: string | null;

  /** Resolved to `crafts`. */
  @Column('text', { array: true, default: () => "'{}'" })
  craftSlugs: string[];

  /** Resolved to `provider`. */
  @Column('uuid')
  providerId: string;

  @Column('text')
  @Field(() => DeliveryMode, { description: 'How the course is taught.' })
  mode: DeliveryMode;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [CourseAudience], { description: 'Who the course is meant for.' })
  audiences: CourseAudience[];

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day; null when not announced.' })
  startsOn: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day; null when not announced.' })
  endsOn: string | null;

  @Column('int', { nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Most active enrolments the course takes; null when unlimited or not announced (`capacityStatus` tells the two apart).',
  })
  capacity: number | null;

  @Column('text')
  @Field(() => CapacityStatus, { description: 'Whether `capacity` is a number of places, unlimited, or not announced.' })
  capacityStatus: CapacityStatus;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Language of instruction; null when not announced.' })
  language: string | null;

  @Column('boolean', { default: false })
  @Field({ description: 'Whether the course ends with a final exam; only a passed exam earns a certificate.' })
  hasFinalExam: boolean;

  /** Resolved to `certificateIssuer`. */
  @Column('uuid', { nullable: true })
  certificateIssuerId: string | null;

  @Column('boolean', { default: false })
  @Field({ description: 'Whether its certificate is internationally recognised.' })
  certificateInternationallyRecognized: boolean;

  /** Resolved to `agreement`. */
  @Column('uuid', { nullable: true })
  agreementId: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], {
    description: 'Values not stated word for word by the sources: how each was derived or inferred, or why it is left null.',
  })
  derivations: Derivation[];

  @Field({ description: 'True for generated demonstration data, false for facts from the sources or entered by staff.' })
  override isSynthetic: boolean;
}
