import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { DateScalar, NonEmptyStringScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { AgreementStage, AgreementTerm } from './agreement.entity';
import { CommitmentKind } from './agreement-commitment.entity';

/** How to order a list of agreements. */
export enum AgreementOrder {
  SIGNED_DATE_DESC = 'SIGNED_DATE_DESC',
  SIGNED_DATE_ASC = 'SIGNED_DATE_ASC',
}

registerEnumType(AgreementOrder, {
  name: 'AgreementOrder',
  description:
    'How to order agreements. The date is the day of signature, else the day it was signed by, else (for a proposed agreement) the last day it is known to be still unsigned.',
  valuesConfig: {
    SIGNED_DATE_DESC: { description: 'Most recently signed first (the default).' },
    SIGNED_DATE_ASC: { description: 'Earliest signed first.' },
  },
});

/** Which agreements to list. */
@InputType({ description: 'Which agreements to list; all given conditions must hold.' })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: 'Only agreements this organisation is party to.' })
  partyId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only agreements in force (ACTIVE) on this date.' })
  activeOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration agreements (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of agreements. */
@ArgsType()
export class AgreementListArgs extends PageArgs {
  @Field(() => AgreementFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: AgreementFilter | null;

  @Field(() => AgreementOrder, { defaultValue: AgreementOrder.SIGNED_DATE_DESC, description: 'Order of the items.' })
  orderBy: AgreementOrder;
}

/** A party to an agreement. */
@InputType({ description: 'A party to an agreement.' })
export class AgreementPartyInput {
  @Field(() => ID, { description: 'The organisation.' })
  organizationId: string;

  @Field(() => String, { nullable: true, description: 'Who signed for it.' })
  representedBy?: string | null;

  @Field(() => String, { nullable: true, description: "The representative's office." })
  representativeRole?: string | null;
}

/** A commitment made by an agreement. */
@InputType({ description: 'A commitment of one party, or of all parties jointly.' })
export class AgreementCommitmentInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The committed party (one of the parties); omit for a joint commitment or another provision.',
  })
  partyId?: string | null;

  @Field(() => CommitmentKind, {
    nullable: true,
    description: 'PARTY with `partyId`; JOINT (the default without one) or OTHER_PROVISION (names no one) without.',
  })
  kind?: CommitmentKind | null;

  @Field(() => NonEmptyStringScalar, { description: 'What is committed to.' })
  description: string;
}

/**
 * The extension and financial terms of an agreement, asked alike when it is
 * created and when it is changed; the inputs extend it (type-graphql copies
 * inherited fields into each, and emits no type of its own for it).
 */
@InputType({ description: 'Extension and financial terms of an agreement.' })
abstract class AgreementTermsInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether it can be extended.' })
  extendable?: boolean | null;

  @Field(() => String, { nullable: true, description: 'How it can be extended.' })
  extensionTerms?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it creates financial obligations.' })
  financialObligations?: boolean | null;

  @Field(() => String, { nullable: true, description: 'How costs are settled.' })
  financialTerms?: string | null;
}

/** A new agreement with its parties and commitments. */
@InputType({ description: 'A new agreement with its parties and commitments.' })
export class CreateAgreementInput extends AgreementTermsInput {
  @Field(() => NonEmptyStringScalar, { description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the agreement is for.' })
  purpose?: string | null;

  @Field(() => [AgreementPartyInput], { description: 'The parties, at least two, in the order the agreement lists them.' })
  parties: AgreementPartyInput[];

  @Field(() => AgreementStage, { defaultValue: AgreementStage.SIGNED, description: 'Signed (the default) or only proposed.' })
  stage: AgreementStage;

  @Field(() => DateScalar, { nullable: true, description: 'Date of signature.' })
  signedOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the signing date is unknown: the date by which it was signed. A signed agreement needs one of the two.',
  })
  signedNoLaterThan?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For a proposed agreement (required then): the last day it is known to be still unsigned.',
  })
  unsignedAsOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of validity; omit when open-ended or not stated (see `term`).' })
  validUntil?: string | null;

  @Field(() => AgreementTerm, {
    nullable: true,
    description: 'FIXED with `validUntil`; without it OPEN_ENDED (the default) or NOT_STATED when the source gives no term.',
  })
  term?: AgreementTerm | null;

  @Field(() => [AgreementCommitmentInput], { defaultValue: [], description: 'Commitments, in the order the agreement lists them.' })
  commitments: AgreementCommitmentInput[];
}

/** Changes to an agreement; omitted fields stay as they are, lists given replace the old ones. */
@InputType({ description: 'Changes to an agreement; omitted fields stay as they are, lists given replace the old ones.' })
export class UpdateAgreementInput extends AgreementTermsInput {
  @Field(() => ID, { description: 'The agreement to change.' })
  id: string;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New purpose.' })
  purpose?: string | null;

  @Field(() => [AgreementPartyInput], { nullable: true, description: 'New parties, at least two.' })
  parties?: AgreementPartyInput[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'New date of signature; a proposed agreement becomes signed.' })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New latest possible signing date; a proposed agreement becomes signed.' })
  signedNoLaterThan?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For a proposed agreement: a later day it is known to be still unsigned.' })
  unsignedAsOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New last day of validity (the term becomes FIXED).' })
  validUntil?: string | null;

  @Field(() => AgreementTerm, {
    nullable: true,
    description: 'New term: OPEN_ENDED or NOT_STATED clear `validUntil`; FIXED needs one.',
  })
  term?: AgreementTerm | null;

  @Field(() => [AgreementCommitmentInput], { nullable: true, description: 'New commitments.' })
  commitments?: AgreementCommitmentInput[] | null;
}
