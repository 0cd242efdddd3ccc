import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder, type SortKey } from '../../shared/platform/paging';
import { ExportMarket } from './export-market.entity';
import { ExportMarketOrder } from './export-market.inputs';

/** A page of export market entries. */
export const ExportMarketConnection = ConnectionType(ExportMarket, 'ExportMarket', 'export market entries', PUBLIC_RECORD_MAX_AGE);

/** Groups in order, an entry on its own (no group) after them: a cursor holds no null. */
const GROUP_KEYS: ReadonlyArray<SortKey<ExportMarket>> = [
  { sql: '(export_market.market_group IS NULL)::int', type: 'int', valueOf: (market) => (market.group === null ? 1 : 0) },
  { sql: "COALESCE(export_market.market_group, '')", type: 'text', valueOf: (market) => market.group ?? '' },
];
const COUNTRY_KEY: SortKey<ExportMarket> = {
  sql: 'export_market.country_code::text',
  type: 'text',
  valueOf: (market) => market.countryCode,
};
const ID_KEY: SortKey<ExportMarket> = { sql: 'export_market.id', type: 'uuid', valueOf: (market) => market.id };

/** The keyset order of each `ExportMarketOrder`; `GROUP_ASC` is the order `exportMarkets` has always listed them in. */
export const EXPORT_MARKET_ORDERS: Readonly<Record<ExportMarketOrder, KeysetOrder<ExportMarket>>> = {
  [ExportMarketOrder.GROUP_ASC]: new KeysetOrder<ExportMarket>([...GROUP_KEYS, COUNTRY_KEY, ID_KEY]),
  [ExportMarketOrder.COUNTRY_CODE_ASC]: new KeysetOrder<ExportMarket>([COUNTRY_KEY, ...GROUP_KEYS, ID_KEY]),
};
