import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
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
    UPCOMING: { description: 'Not signed yet on that date (for a proposed agreement: up to the day it is known still unsigned).' },
    ACTIVE: { description: 'Signed and in force on that date.' },
    EXPIRED: { description: 'Its validity ended before that date.' },
  },
});

/** How long an agreement is in force, as its sources give it. */
export enum AgreementTerm {
  FIXED = 'FIXED',
  OPEN_ENDED = 'OPEN_ENDED',
  NOT_STATED = 'NOT_STATED',
}

registerEnumType(AgreementTerm, {
  name: 'AgreementTerm',
  description: 'How long an agreement is in force: what `validUntil` null means.',
  valuesConfig: {
    FIXED: { description: 'Until `validUntil`, its last day.' },
    OPEN_ENDED: { description: 'Without an end: in force until ended (`validUntil` is null).' },
    NOT_STATED: {
      description:
        'The sources give no term (`validUntil` is null): after the day it is known to be signed, whether it is in force cannot be told, so `status` is null.',
    },
  },
});

/** Whether an agreement has been signed. */
export enum AgreementStage {
  PROPOSED = 'PROPOSED',
  SIGNED = 'SIGNED',
}

registerEnumType(AgreementStage, {
  name: 'AgreementStage',
  description: 'Whether an agreement has been signed or only proposed.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed, not signed as of `unsignedAsOf`; it has no signing date.' },
    SIGNED: { description: 'Signed, on `signedOn` or by `signedNoLaterThan`.' },
  },
});

/** A memorandum or other agreement between organisations that sets training up. */
@Entity({ name: 'agreement' })
@Directive('@key(fields: "id")')
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

  @Column('text')
  @Field(() => AgreementStage, { description: 'Whether it has been signed or only proposed.' })
  stage: AgreementStage;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'For a proposed agreement: the last day it is known to be still unsigned (the date of the latest report that calls it proposed); null once signed.',
  })
  unsignedAsOf: string | null;

  /** Resolved to `proposedAt`. */
  @Column('uuid', { nullable: true })
  proposedAtVisitId: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of validity when `term` is FIXED; null when it is OPEN_ENDED or NOT_STATED (see `term`, which tells the two apart).',
  })
  validUntil: string | null;

  @Column('text')
  @Field(() => AgreementTerm, { description: 'Whether it runs to `validUntil`, without end, or for a term the sources do not state.' })
  term: AgreementTerm;

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

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], {
    description: 'Values not stated word for word by the sources: how each was derived or inferred, or why it is left null.',
  })
  derivations: Derivation[];

  @Field({ description: 'True for generated demonstration data, false for facts from the sources or entered by staff.' })
  override isSynthetic: boolean;
}
