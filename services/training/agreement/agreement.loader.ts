import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { KeysetOrder } from '../../shared/graphql';
import { entityByIdLoader, groupByKey, isUuid } from '../../shared/loaders';
import { AgreementCommitment } from './agreement-commitment.entity';
import { AgreementParty } from './agreement-party.entity';
import { Agreement } from './agreement.entity';

/** Agreements, most recently signed first. */
export const AGREEMENT_ORDER = new KeysetOrder<Agreement>(
  [
    {
      sql: 'COALESCE(agreement.signed_on, agreement.signed_no_later_than)',
      type: 'date',
      valueOf: (agreement) => (agreement.signedOn ?? agreement.signedNoLaterThan) as string,
    },
    { sql: 'agreement.id', type: 'uuid', valueOf: (agreement) => agreement.id },
  ],
  'DESC',
);

/** Returns a loader of the rows of `entity` whose `agreementId` is the key, in `position` order. */
function rowsByAgreement<TRow extends { agreementId: string }>(dataSource: DataSource, entity: new () => TRow) {
  const repository = dataSource.getRepository(entity);
  return new DataLoader<string, TRow[]>(async (agreementIds) => {
    const wellFormed = agreementIds.filter(isUuid);
    const rows = wellFormed.length
      ? await repository.find({ where: { agreementId: In(wellFormed) } as never, order: { position: 'ASC' } as never })
      : [];
    return groupByKey(agreementIds, rows, (row) => row.agreementId);
  });
}

/** Per-request loaders of agreements with their parties and commitments. */
export function createAgreementLoaders(dataSource: DataSource) {
  return {
    agreementById: entityByIdLoader(dataSource.getRepository(Agreement)),
    partiesByAgreement: rowsByAgreement(dataSource, AgreementParty),
    commitmentsByAgreement: rowsByAgreement(dataSource, AgreementCommitment),
  };
}
