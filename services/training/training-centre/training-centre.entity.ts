import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** What kind of place a training centre is. */
export enum TrainingCentreKind {
  PRIVATE_TRAINING_CENTRE = 'PRIVATE_TRAINING_CENTRE',
  SKILLS_HUB = 'SKILLS_HUB',
}

registerEnumType(TrainingCentreKind, {
  name: 'TrainingCentreKind',
  description: 'What kind of place a training centre is.',
  valuesConfig: {
    PRIVATE_TRAINING_CENTRE: { description: 'A private centre licensed to train artisans.' },
    SKILLS_HUB: { description: 'A regional hub for handicraft skills training.' },
  },
});

/** Where a training centre stands. */
export enum TrainingCentreStatus {
  PLANNED = 'PLANNED',
  OPERATING = 'OPERATING',
  CLOSED = 'CLOSED',
}

registerEnumType(TrainingCentreStatus, {
  name: 'TrainingCentreStatus',
  description: 'Where a training centre stands.',
  valuesConfig: {
    PLANNED: { description: 'Agreed or announced, not yet open.' },
    OPERATING: { description: 'Open and training.' },
    CLOSED: { description: 'No longer training.' },
  },
});

/** A licensed training centre or skills hub. */
@Entity({ name: 'training_centre' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A licensed private training centre or a skills hub.' })
export class TrainingCentre extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Name, or a description where the source gives no name.' })
  name: string;

  @Column('text')
  @Field(() => TrainingCentreKind, { description: 'What kind of place it is.' })
  kind: TrainingCentreKind;

  @Column('text')
  @Field(() => TrainingCentreStatus, { description: 'Where it stands.' })
  status: TrainingCentreStatus;

  /** Resolved to `province`. */
  @Column('text')
  provinceCode: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'City.' })
  city: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Licence number; null until licensed.' })
  licenceNumber: string | null;

  /** Resolved to `licensedBy`. */
  @Column('uuid', { nullable: true })
  licensedById: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day the licence is valid.' })
  licenceValidUntil: string | null;

  /** Resolved to `agreement`. */
  @Column('uuid', { nullable: true })
  agreementId: string | null;

  @Field({ description: 'True for generated demonstration data.' })
  override isSynthetic: boolean;
}
