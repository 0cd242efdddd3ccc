import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Agreement } from './agreement.entity';
import { AgreementOrder } from './agreement.inputs';

/** A page of agreements. */
export const AgreementConnection = ConnectionType(Agreement, 'Agreement', 'agreements', PUBLIC_RECORD_MAX_AGE);

/**
 * SQL of the date agreements are ordered by: the signature, else the day it
 * was signed by, else (proposed) the last day known unsigned. Never null, so
 * that every agreement has a cursor; `agreement_signed_idx` is on it.
 */
const SIGNED_SORT_SQL = 'COALESCE(agreement.signed_on, agreement.signed_no_later_than, agreement.unsigned_as_of)';

function signedOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Agreement> {
  return new KeysetOrder<Agreement>(
    [
      {
        sql: SIGNED_SORT_SQL,
        type: 'date',
        valueOf: (agreement) => (agreement.signedOn ?? agreement.signedNoLaterThan ?? agreement.unsignedAsOf) as string,
      },
      { sql: 'agreement.id', type: 'uuid', valueOf: (agreement) => agreement.id },
    ],
    direction,
  );
}

/** The keyset order of each `AgreementOrder`. */
export const AGREEMENT_ORDERS: Readonly<Record<AgreementOrder, KeysetOrder<Agreement>>> = {
  [AgreementOrder.SIGNED_DATE_DESC]: signedOrder('DESC'),
  [AgreementOrder.SIGNED_DATE_ASC]: signedOrder('ASC'),
};
