import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Agreement } from './agreement.entity';

/** A page of agreements. */
export const AgreementConnection = ConnectionType(Agreement, 'Agreement', 'agreements', PUBLIC_RECORD_MAX_AGE);

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
