import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** Whether an agreement is in force on a given date. */
export enum AgreementStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
}

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Whether an agreement is in force on a given date.',
  valuesConfig: {
    UPCOMING: { description: 'Not signed yet on that date.' },
    ACTIVE: { description: 'Signed and not expired on that date.' },
    EXPIRED: { description: 'Its validity ended before that date.' },
  },
});

/** A memorandum or other agreement between organisations that sets training up. */
@Entity({ name: 'agreement' })
@PublicCacheHint()
@ObjectType({ description: 'A memorandum of understanding or other agreement between organisations.' })
export class Agreement extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Title.' })
  title: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the agreement is for.' })
  purpose: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Date of signature; null when the source reports the signing without a date.' })
  signedOn: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When `signedOn` is unknown: the date by which the agreement is known to have been signed (the date of the report).',
  })
  signedNoLaterThan: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of validity; null when open-ended or not stated.' })
  validUntil: string | null;

  @Column('boolean', { nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Whether it can be extended; null when not stated.' })
  extendable: boolean | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'How it can be extended.' })
  extensionTerms: string | null;

  @Column('boolean', { nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Whether signing it creates financial obligations; null when not stated.' })
  financialObligations: boolean | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'How costs are settled.' })
  financialTerms: string | null;

  @Field({ description: 'True for generated demonstration data, false for facts from the sources or entered by staff.' })
  override isSynthetic: boolean;
}
