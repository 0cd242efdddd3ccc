import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Exhibition } from './exhibition.entity';
import { ExhibitionOrder } from './exhibition.inputs';

/** A page of exhibitions. */
export const ExhibitionConnection = ConnectionType(Exhibition, 'Exhibition', 'exhibitions', PUBLIC_RECORD_MAX_AGE);

/** SQL of the start date exhibitions are ordered by: the opening day, else the earliest day it can be, else earliest of all. */
const START_SORT_SQL = "COALESCE(exhibition.starts_on, exhibition.starts_no_earlier_than, '-infinity'::date)";

function startOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Exhibition> {
  return new KeysetOrder<Exhibition>(
    [
      { sql: START_SORT_SQL, type: 'date', valueOf: (exhibition) => exhibition.startsOn ?? exhibition.startsNoEarlierThan ?? '-infinity' },
      { sql: 'exhibition.id', type: 'uuid', valueOf: (exhibition) => exhibition.id },
    ],
    direction,
  );
}

/** The keyset order of each `ExhibitionOrder`. */
export const EXHIBITION_ORDERS: Readonly<Record<ExhibitionOrder, KeysetOrder<Exhibition>>> = {
  [ExhibitionOrder.START_DATE_ASC]: startOrder('ASC'),
  [ExhibitionOrder.START_DATE_DESC]: startOrder('DESC'),
};
