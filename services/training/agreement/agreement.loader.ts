import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';

import { isUuid } from '../../shared/platform/ids';
import { entityByIdLoader, groupByKey } from '../../shared/platform/loaders';
import { Agreement } from './agreement.entity';
import { AgreementCommitment } from './agreement-commitment.entity';
import { AgreementParty } from './agreement-party.entity';

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
