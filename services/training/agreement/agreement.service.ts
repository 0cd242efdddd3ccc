import type { EntityManager } from 'typeorm';

import { applyFilter, lockOrRefuse, requireRecords } from '../../shared/platform/database';
import { BadUserInputError, checkDateOrder, optionalText, trimmedText } from '../../shared/platform/graphql';
import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { Organization } from '../organization/organization.entity';
import { AGREEMENT_ORDER } from './agreement.connection';
import { Agreement, AgreementStatus } from './agreement.entity';
import type {
  AgreementCommitmentInput,
  AgreementFilter,
  AgreementPartyInput,
  CreateAgreementInput,
  UpdateAgreementInput,
} from './agreement.inputs';
import { AgreementCommitment } from './agreement-commitment.entity';
import { AgreementParty } from './agreement-party.entity';

/**
 * Returns whether the agreement is in force on `on`: UPCOMING before its
 * signature, EXPIRED after its last valid day, ACTIVE between. When only a
 * "signed no later than" date is known, a date before it has no answer (null).
 */
export function agreementStatusOn(agreement: Agreement, on: string): AgreementStatus | null {
  const start = agreement.signedOn ?? agreement.signedNoLaterThan;
  if (start !== null && on < start) {
    return agreement.signedOn !== null ? AgreementStatus.UPCOMING : null;
  }
  if (agreement.validUntil !== null && on > agreement.validUntil) {
    return AgreementStatus.EXPIRED;
  }
  return AgreementStatus.ACTIVE;
}

/** Returns a page of agreements matching `filter`, most recently signed first. */
export async function findAgreements(
  context: TrainingContext,
  filter: AgreementFilter | null | undefined,
  page: PageArgs,
): Promise<Connection<Agreement>> {
  const query = applyFilter(context.dataSource.getRepository(Agreement).createQueryBuilder('agreement'), filter, {
    partyId: {
      where:
        'EXISTS (SELECT 1 FROM agreement_party WHERE agreement_party.agreement_id = agreement.id AND agreement_party.organization_id::text = :partyId)',
    },
    // The same rule as agreementStatusOn(…) = ACTIVE.
    activeOn: {
      where:
        'COALESCE(agreement.signed_on, agreement.signed_no_later_than) <= :activeOn AND (agreement.valid_until IS NULL OR agreement.valid_until >= :activeOn)',
    },
  });
  return pageOf(query, page, AGREEMENT_ORDER, context.loaders.agreementById);
}

/** Saves a new agreement with its parties and commitments in one transaction, and returns it. */
export async function createAgreement(context: TrainingContext, input: CreateAgreementInput): Promise<Agreement> {
  const title = trimmedText('input.title', input.title);
  checkParties(input.parties, input.commitments);
  if (!input.signedOn && !input.signedNoLaterThan) {
    throw new BadUserInputError('input.signedOn', 'give the signing date, or signedNoLaterThan when it is unknown.');
  }
  checkDateOrder('input.signedOn', input.signedOn ?? input.signedNoLaterThan, 'input.validUntil', input.validUntil);
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
        signedOn: input.signedOn ?? null,
        signedNoLaterThan: input.signedOn ? null : (input.signedNoLaterThan ?? null),
        validUntil: input.validUntil ?? null,
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

/** Applies the given changes to an agreement in one transaction and returns it. */
export async function updateAgreement(context: TrainingContext, input: UpdateAgreementInput): Promise<Agreement> {
  return context.dataSource.transaction(async (manager) => {
    const agreement = await lockOrRefuse(manager, Agreement, input.id, { label: 'agreement', field: 'id' });
    if (input.title !== undefined && input.title !== null) {
      agreement.title = trimmedText('input.title', input.title);
    }
    if (input.purpose !== undefined) {
      agreement.purpose = optionalText(input.purpose);
    }
    if (input.signedOn !== undefined && input.signedOn !== null) {
      agreement.signedOn = input.signedOn;
      agreement.signedNoLaterThan = null;
    } else if (input.signedNoLaterThan !== undefined && input.signedNoLaterThan !== null && agreement.signedOn === null) {
      agreement.signedNoLaterThan = input.signedNoLaterThan;
    }
    if (input.validUntil !== undefined) {
      agreement.validUntil = input.validUntil;
    }
    checkDateOrder('input.signedOn', agreement.signedOn ?? agreement.signedNoLaterThan, 'input.validUntil', agreement.validUntil);
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

/** Checks that there are two distinct parties or more and that every committed party is one of them. */
function checkParties(
  parties: ReadonlyArray<Pick<AgreementPartyInput, 'organizationId'>>,
  commitments: ReadonlyArray<Pick<AgreementCommitmentInput, 'partyId'>>,
): void {
  const partyIds = new Set(parties.map((party) => party.organizationId));
  if (partyIds.size < 2 || partyIds.size !== parties.length) {
    throw new BadUserInputError('input.parties', 'an agreement needs at least two different parties.');
  }
  commitments.forEach((commitment, index) => {
    if (commitment.partyId && !partyIds.has(commitment.partyId)) {
      throw new BadUserInputError(`input.commitments[${index}].partyId`, `${commitment.partyId} is not a party to the agreement.`);
    }
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
        position,
        description: trimmedText(`input.commitments[${position}].description`, commitment.description),
      })),
    );
  }
}
