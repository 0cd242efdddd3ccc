import type { EntityManager } from 'typeorm';

import { withoutDerivationsOf } from '../../shared/catalogue';
import { assertPerformAction } from '../../shared/platform/auth';
import { applyFilter, lockOrRefuse, requireRecords } from '../../shared/platform/database';
import { BadUserInputError, checkDateOrder, optionalText, trimmedText } from '../../shared/platform/graphql';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { AGREEMENT_ORDERS } from './agreement.connection';
import { Agreement, AgreementStage, AgreementStatus, AgreementTerm } from './agreement.entity';
import type {
  AgreementCommitmentInput,
  AgreementListArgs,
  AgreementPartyInput,
  CreateAgreementInput,
  UpdateAgreementInput,
} from './agreement.inputs';
import { AgreementCommitment, CommitmentKind } from './agreement-commitment.entity';
import { AgreementParty } from './agreement-party.entity';

/**
 * Returns whether the agreement is in force on `on`, or null when the sources
 * cannot tell. A proposed agreement is UPCOMING up to the day it is known to
 * be still unsigned, unknown after. A signed one is UPCOMING before its
 * signature (unknown before a "signed no later than" date), then by its term:
 * ACTIVE up to its last day and EXPIRED after (FIXED), ACTIVE for good
 * (OPEN_ENDED), or ACTIVE on the day it is known to be signed and unknown
 * after (NOT_STATED).
 */
export function agreementStatusOn(agreement: Agreement, on: string): AgreementStatus | null {
  if (agreement.stage === AgreementStage.PROPOSED) {
    return agreement.unsignedAsOf !== null && on <= agreement.unsignedAsOf ? AgreementStatus.UPCOMING : null;
  }
  const start = (agreement.signedOn ?? agreement.signedNoLaterThan) as string;
  if (on < start) {
    return agreement.signedOn !== null ? AgreementStatus.UPCOMING : null;
  }
  switch (agreement.term) {
    case AgreementTerm.FIXED:
      return on > (agreement.validUntil as string) ? AgreementStatus.EXPIRED : AgreementStatus.ACTIVE;
    case AgreementTerm.OPEN_ENDED:
      return AgreementStatus.ACTIVE;
    case AgreementTerm.NOT_STATED:
      return on === start ? AgreementStatus.ACTIVE : null;
  }
}

/** Returns a page of agreements matching the filter, in the order asked for. */
export async function findAgreements(context: TrainingContext, args: AgreementListArgs): Promise<Connection<Agreement>> {
  const query = applyFilter(context.dataSource.getRepository(Agreement).createQueryBuilder('agreement'), args.filter, {
    partyId: {
      where:
        'EXISTS (SELECT 1 FROM agreement_party WHERE agreement_party.agreement_id = agreement.id AND agreement_party.organization_id::text = :partyId)',
    },
    // The same rule as agreementStatusOn(…) = ACTIVE.
    activeOn: {
      where: `agreement.stage = 'SIGNED' AND COALESCE(agreement.signed_on, agreement.signed_no_later_than) <= :activeOn AND (
        (agreement.term = 'FIXED' AND agreement.valid_until >= :activeOn) OR agreement.term = 'OPEN_ENDED'
        OR (agreement.term = 'NOT_STATED' AND COALESCE(agreement.signed_on, agreement.signed_no_later_than) = :activeOn))`,
    },
    isSynthetic: { equals: 'agreement.is_synthetic' },
  });
  return pageOf('Query.agreements', query, args, AGREEMENT_ORDERS[args.orderBy], context.loaders.agreementById);
}

/** Saves a new agreement with its parties and commitments in one transaction, and returns it; admins only. */
export async function createAgreement(context: TrainingContext, input: CreateAgreementInput): Promise<Agreement> {
  assertPerformAction(context.viewer, 'agreement:create');
  const title = trimmedText('input.title', input.title);
  checkParties(input.parties, input.commitments);
  const proposed = input.stage === AgreementStage.PROPOSED;
  if (proposed) {
    if (input.signedOn || input.signedNoLaterThan) {
      throw new BadUserInputError('input.signedOn', 'a proposed agreement has no signing date.');
    }
    if (!input.unsignedAsOf) {
      throw new BadUserInputError('input.unsignedAsOf', 'give the last day a proposed agreement is known to be still unsigned.');
    }
    if (input.validUntil) {
      throw new BadUserInputError('input.validUntil', 'a proposed agreement has no last day of validity yet.');
    }
  } else if (!input.signedOn && !input.signedNoLaterThan) {
    throw new BadUserInputError('input.signedOn', 'give the signing date, or signedNoLaterThan when it is unknown.');
  } else if (input.unsignedAsOf) {
    throw new BadUserInputError('input.unsignedAsOf', 'applies only to a proposed agreement.');
  }
  checkDateOrder('input.signedOn', input.signedOn ?? input.signedNoLaterThan, 'input.validUntil', input.validUntil);
  const term = termOf('input', input.validUntil ?? null, input.term ?? null);
  return context.dataSource.transaction(async (manager) => {
    await requireRecords(
      manager,
      Organization,
      input.parties.map((party) => party.organizationId),
      'parties',
      'organisation',
    );
    const agreement = await manager.save(
      manager.create(Agreement, {
        title,
        purpose: optionalText(input.purpose),
        stage: input.stage,
        signedOn: input.signedOn ?? null,
        signedNoLaterThan: input.signedOn ? null : (input.signedNoLaterThan ?? null),
        unsignedAsOf: proposed ? (input.unsignedAsOf ?? null) : null,
        validUntil: input.validUntil ?? null,
        term,
        derivations: [],
        extendable: input.extendable ?? null,
        extensionTerms: optionalText(input.extensionTerms),
        financialObligations: input.financialObligations ?? null,
        financialTerms: optionalText(input.financialTerms),
      }),
    );
    await replaceParties(manager, agreement.id, input.parties);
    await replaceCommitments(manager, agreement.id, input.commitments);
    return agreement;
  });
}

/** Applies the given changes to an agreement in one transaction and returns it; admins only. */
export async function updateAgreement(context: TrainingContext, input: UpdateAgreementInput): Promise<Agreement> {
  assertPerformAction(context.viewer, 'agreement:update');
  return context.dataSource.transaction(async (manager) => {
    const agreement = await lockOrRefuse(manager, Agreement, input.id, { label: 'agreement', field: 'id' });
    if (input.title !== undefined && input.title !== null) {
      agreement.title = trimmedText('input.title', input.title);
    }
    if (input.purpose !== undefined) {
      agreement.purpose = optionalText(input.purpose);
    }
    const changed = Object.keys(input).filter((field) => field !== 'id' && input[field as keyof UpdateAgreementInput] !== undefined);
    if (input.signedOn !== undefined && input.signedOn !== null) {
      agreement.signedOn = input.signedOn;
      agreement.signedNoLaterThan = null;
    } else if (input.signedNoLaterThan !== undefined && input.signedNoLaterThan !== null && agreement.signedOn === null) {
      agreement.signedNoLaterThan = input.signedNoLaterThan;
    }
    if (agreement.signedOn !== null || agreement.signedNoLaterThan !== null) {
      // Signing ends the proposal.
      agreement.stage = AgreementStage.SIGNED;
      agreement.unsignedAsOf = null;
    } else if (input.unsignedAsOf !== undefined && input.unsignedAsOf !== null) {
      agreement.unsignedAsOf = input.unsignedAsOf;
    }
    if (input.validUntil !== undefined || input.term !== undefined) {
      const validUntil =
        input.validUntil !== undefined ? input.validUntil : input.term === AgreementTerm.FIXED ? agreement.validUntil : null;
      agreement.term = termOf('input', validUntil, input.term ?? null);
      agreement.validUntil = validUntil;
    }
    if (agreement.stage === AgreementStage.PROPOSED && agreement.validUntil !== null) {
      throw new BadUserInputError('input.validUntil', 'a proposed agreement has no last day of validity yet.');
    }
    checkDateOrder('input.signedOn', agreement.signedOn ?? agreement.signedNoLaterThan, 'input.validUntil', agreement.validUntil);
    // A value just written is the writer's, not a derivation from the reports.
    agreement.derivations = withoutDerivationsOf(agreement.derivations, input.term !== undefined ? [...changed, 'validUntil'] : changed);
    if (input.extendable !== undefined) {
      agreement.extendable = input.extendable;
    }
    if (input.extensionTerms !== undefined) {
      agreement.extensionTerms = optionalText(input.extensionTerms);
    }
    if (input.financialObligations !== undefined) {
      agreement.financialObligations = input.financialObligations;
    }
    if (input.financialTerms !== undefined) {
      agreement.financialTerms = optionalText(input.financialTerms);
    }
    // The parties and commitments after the change must still fit together.
    const parties = input.parties ?? (await manager.findBy(AgreementParty, { agreementId: agreement.id }));
    const commitments = input.commitments ?? (await manager.findBy(AgreementCommitment, { agreementId: agreement.id }));
    checkParties(parties, commitments);
    if (input.parties) {
      await requireRecords(
        manager,
        Organization,
        input.parties.map((party) => party.organizationId),
        'parties',
        'organisation',
      );
      await replaceParties(manager, agreement.id, input.parties);
    }
    if (input.commitments) {
      await replaceCommitments(manager, agreement.id, input.commitments);
    }
    return manager.save(agreement);
  });
}

/** Returns the term that `validUntil` and `term` give; throws BAD_USER_INPUT naming the field when they contradict each other. */
function termOf(prefix: string, validUntil: string | null, term: AgreementTerm | null): AgreementTerm {
  if (validUntil !== null) {
    if (term !== null && term !== AgreementTerm.FIXED) {
      throw new BadUserInputError(`${prefix}.term`, `an agreement with a last day of validity has a FIXED term, not ${term}.`);
    }
    return AgreementTerm.FIXED;
  }
  if (term === AgreementTerm.FIXED) {
    throw new BadUserInputError(`${prefix}.validUntil`, 'a FIXED term needs its last day.');
  }
  return term ?? AgreementTerm.OPEN_ENDED;
}

/** Returns the kind of a commitment input: PARTY with a party, else the kind given (JOINT by default); throws BAD_USER_INPUT when they contradict. */
function commitmentKind(commitment: Pick<AgreementCommitmentInput, 'partyId' | 'kind'>, index: number): CommitmentKind {
  const kind = commitment.kind ?? (commitment.partyId ? CommitmentKind.PARTY : CommitmentKind.JOINT);
  if ((kind === CommitmentKind.PARTY) !== Boolean(commitment.partyId)) {
    throw new BadUserInputError(`input.commitments[${index}].kind`, 'PARTY goes with a partyId, JOINT and OTHER_PROVISION without one.');
  }
  return kind;
}

/** Checks that there are two distinct parties or more and that every committed party is one of them. */
function checkParties(
  parties: ReadonlyArray<Pick<AgreementPartyInput, 'organizationId'>>,
  commitments: ReadonlyArray<Pick<AgreementCommitmentInput, 'partyId' | 'kind'>>,
): void {
  const partyIds = new Set(parties.map((party) => party.organizationId));
  if (partyIds.size < 2 || partyIds.size !== parties.length) {
    throw new BadUserInputError('input.parties', 'an agreement needs at least two different parties.');
  }
  commitments.forEach((commitment, index) => {
    if (commitment.partyId && !partyIds.has(commitment.partyId)) {
      throw new BadUserInputError(`input.commitments[${index}].partyId`, `${commitment.partyId} is not a party to the agreement.`);
    }
    commitmentKind(commitment, index);
  });
}

async function replaceParties(manager: EntityManager, agreementId: string, parties: readonly AgreementPartyInput[]): Promise<void> {
  await manager.delete(AgreementParty, { agreementId });
  await manager.insert(
    AgreementParty,
    parties.map((party, position) => ({
      agreementId,
      organizationId: party.organizationId,
      position,
      representedBy: optionalText(party.representedBy),
      representativeRole: optionalText(party.representativeRole),
    })),
  );
}

async function replaceCommitments(
  manager: EntityManager,
  agreementId: string,
  commitments: readonly AgreementCommitmentInput[],
): Promise<void> {
  await manager.delete(AgreementCommitment, { agreementId });
  if (commitments.length > 0) {
    await manager.insert(
      AgreementCommitment,
      commitments.map((commitment, position) => ({
        agreementId,
        partyId: commitment.partyId ?? null,
        kind: commitmentKind(commitment, position),
        position,
        description: trimmedText(`input.commitments[${position}].description`, commitment.description),
      })),
    );
  }
}
