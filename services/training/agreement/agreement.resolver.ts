import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { todayInDomainZone } from '../../shared/platform/dates';
import { DateScalar, runMutation } from '../../shared/platform/graphql';
import { ConnectionListSize } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { OfficialVisit } from '../official-visit/official-visit.entity';
import { Organization } from '../organization/organization.entity';
import { attributionsOf, sourcesOf } from '../source/source.resolver';
import { Attribution, Source } from '../source/source.type';
import { AgreementConnection } from './agreement.connection';
import { Agreement, AgreementStatus } from './agreement.entity';
import { AgreementListArgs, CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import { AgreementPayload } from './agreement.payload';
import { agreementStatusOn, createAgreement, findAgreements, updateAgreement } from './agreement.service';
import { AgreementCommitment, CommitmentKind } from './agreement-commitment.entity';
import { AgreementParty } from './agreement-party.entity';

/** Agreements: lookup, listing, creation and changes, parties, commitments and status. */
@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'The agreement with this id; null when there is none.' })
  agreement(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() context: TrainingContext) {
    return context.loaders.agreementById.load(id);
  }

  @ConnectionListSize()
  @Query(() => AgreementConnection, {
    nullable: true,
    description: 'Agreements, most recently signed first unless `orderBy` says otherwise.',
  })
  agreements(@Args() args: AgreementListArgs, @Ctx() context: TrainingContext) {
    return findAgreements(context, args);
  }

  @FieldResolver(() => [AgreementParty], { description: 'The parties, in the order the agreement lists them.' })
  parties(@Root() agreement: Agreement, @Ctx() context: TrainingContext) {
    return context.loaders.partiesByAgreement.load(agreement.id);
  }

  @FieldResolver(() => [AgreementCommitment], { description: 'What each party, and the parties jointly, commit to.' })
  commitments(@Root() agreement: Agreement, @Ctx() context: TrainingContext) {
    return context.loaders.commitmentsByAgreement.load(agreement.id);
  }

  @FieldResolver(() => AgreementStatus, {
    nullable: true,
    description:
      'Whether the agreement is in force on a date; null when the sources cannot tell: before the day it is known to be signed when the signing date is unknown, after that day when `term` is NOT_STATED, and after `unsignedAsOf` for a proposed agreement.',
  })
  status(
    @Root() agreement: Agreement,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The date to ask about; today in Tehran when omitted.' }) on: string | null,
  ) {
    return agreementStatusOn(agreement, on ?? todayInDomainZone());
  }

  @FieldResolver(() => [Source], { description: 'Reports the agreement facts come from.' })
  sources(@Root() agreement: Agreement, @Ctx() context: TrainingContext) {
    return sourcesOf(context, context.loaders.attributionsByAgreement.load(agreement.id));
  }

  @FieldResolver(() => [Attribution], { description: 'Who reported what the agreement rests on, in which report and words.' })
  attributions(@Root() agreement: Agreement, @Ctx() context: TrainingContext) {
    return attributionsOf(context, context.loaders.attributionsByAgreement.load(agreement.id));
  }

  @FieldResolver(() => OfficialVisit, {
    nullable: true,
    description: 'The visit or talks during which it was proposed; null when not known.',
  })
  proposedAt(@Root() agreement: Agreement, @Ctx() context: TrainingContext) {
    return agreement.proposedAtVisitId ? context.loaders.officialVisitById.load(agreement.proposedAtVisitId) : null;
  }

  @Mutation(() => AgreementPayload, {
    nullable: true,
    description: 'Records an agreement, signed or proposed, with its parties and commitments. Admins only.',
  })
  createAgreement(
    @Arg('input', () => CreateAgreementInput, { description: 'What to write.' }) input: CreateAgreementInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ agreement: await createAgreement(context, input) }));
  }

  @Mutation(() => AgreementPayload, {
    nullable: true,
    description: 'Changes an agreement; parties or commitments given replace the old ones. Admins only.',
  })
  updateAgreement(
    @Arg('input', () => UpdateAgreementInput, { description: 'What to write.' }) input: UpdateAgreementInput,
    @Ctx() context: TrainingContext,
  ) {
    return runMutation(context.loaders, async () => ({ agreement: await updateAgreement(context, input) }));
  }
}

/** The organisation behind each party of an agreement. */
@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Organization, { description: 'The organisation.' })
  organization(@Root() party: AgreementParty, @Ctx() context: TrainingContext) {
    return context.loaders.organizationById.load(party.organizationId);
  }
}

/** Who each commitment binds. */
@Resolver(() => AgreementCommitment)
export class AgreementCommitmentResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The committed party; null for a joint commitment or another provision.',
  })
  party(@Root() commitment: AgreementCommitment, @Ctx() context: TrainingContext) {
    return commitment.partyId ? context.loaders.organizationById.load(commitment.partyId) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the parties commit jointly, as the source says (kind JOINT); false for one party and for a provision that names no one.',
  })
  joint(@Root() commitment: AgreementCommitment): boolean {
    return commitment.kind === CommitmentKind.JOINT;
  }
}
