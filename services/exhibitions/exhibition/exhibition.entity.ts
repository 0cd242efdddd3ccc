import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** Whether an exhibition is national or international in scope. */
export enum ExhibitionKind {
  DOMESTIC = 'DOMESTIC',
  INTERNATIONAL = 'INTERNATIONAL',
}

registerEnumType(ExhibitionKind, {
  name: 'ExhibitionKind',
  description: 'Whether an exhibition is national or international in scope.',
  valuesConfig: {
    DOMESTIC: { description: 'A national or provincial exhibition held in Iran.' },
    INTERNATIONAL: { description: 'An exhibition held abroad, or an international fair held in Iran.' },
  },
});

/** Where an exhibition stands on a given date. */
export enum ExhibitionStatus {
  UPCOMING = 'UPCOMING',
  ONGOING = 'ONGOING',
  PAST = 'PAST',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ExhibitionStatus, {
  name: 'ExhibitionStatus',
  description: 'Where an exhibition stands on a given date.',
  valuesConfig: {
    UPCOMING: { description: 'It has not opened yet on that date.' },
    ONGOING: { description: 'It is open on that date.' },
    PAST: { description: 'Its last day (or the latest day it can have ended) was before that date.' },
    CANCELLED: { description: 'It was cancelled on or before that date.' },
  },
});

/**
 * A handicrafts exhibition or fair. Its start is either known to the day
 * (`startsOn`) or known only to lie within a window (`startsNoEarlierThan` …
 * `startsNoLaterThan`, either end open), as the sources give it.
 */
@Entity({ name: 'exhibition' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A handicrafts exhibition or fair: where and when it is held, what it shows and who exhibits.' })
export class Exhibition extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Name; where the sources give none, a description of the exhibition that says so.' })
  name: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the exhibition is for, and what the sources leave unsaid about it.' })
  description: string | null;

  @Column('text')
  @Field(() => ExhibitionKind, { description: 'National or international.' })
  kind: ExhibitionKind;

  /** Resolved to `country`. */
  @Column('char', { length: 2 })
  countryCode: string;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Province, governorate or state of the host country where it is held; null when not stated.',
  })
  region: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'City where it is held; null when not stated.' })
  city: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Opening day; null when the sources give no exact date (see `startsNoEarlierThan`, `startsNoLaterThan`).',
  })
  startsOn: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day; null when not stated or derived (see `derivations`, which says when it is derived rather than stated).',
  })
  endsOn: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When `endsOn` is unknown: the latest day it can have ended, for an exhibition a report says was already held (the day before the report); it is PAST from the next day. Null otherwise.',
  })
  endsNoLaterThan: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When `startsOn` is unknown: the earliest day it can have opened (for example the first of the month it was announced for); null when open-ended or when `startsOn` is known.',
  })
  startsNoEarlierThan: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'When `startsOn` is unknown: the day by which it is known to have opened (for example the date of a report that says it was held); null when open-ended or when `startsOn` is known.',
  })
  startsNoLaterThan: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How the sources date the exhibition, where that is less than exact days or where a date is derived.',
  })
  datesAsReported: string | null;

  /** Resolved to `province`; null when it represents no single province. */
  @Column('text', { nullable: true })
  provinceCode: string | null;

  /** Resolved to `organizer`; an organisation of the training subgraph. */
  @Column('uuid', { nullable: true })
  organizerId: string | null;

  @Column('int', { nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'How many exhibitors a report or the organiser gives, whether or not they are registered here; null when none is given.',
  })
  reportedExhibitorCount: number | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day it was cancelled; null unless cancelled.' })
  cancelledOn: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled, where given.' })
  cancellationReason: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], {
    description: 'Values not stated word for word by the sources: how each was derived or inferred, or why it is left null.',
  })
  derivations: Derivation[];

  @Field({ description: 'True for generated demonstration data, false for facts from the sources or entered by staff.' })
  override isSynthetic: boolean;
}
