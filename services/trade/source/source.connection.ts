import type { Source as SourceRecord } from '../../shared/catalogue/source.entity';
import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { SourceOrder } from './source.inputs';
import { Source } from './source.type';

/** A page of sources. */
export const SourceConnection = ConnectionType(Source, 'Source', 'sources', PUBLIC_RECORD_MAX_AGE);

/** The keyset order of each `SourceOrder`. */
export const SOURCE_ORDERS: Readonly<Record<SourceOrder, KeysetOrder<SourceRecord>>> = {
  [SourceOrder.TITLE_ASC]: new KeysetOrder<SourceRecord>([
    { sql: 'source.title', type: 'text', valueOf: (source) => source.title },
    { sql: 'source.id', type: 'uuid', valueOf: (source) => source.id },
  ]),
  [SourceOrder.PUBLISHED_ON_DESC]: new KeysetOrder<SourceRecord>(
    [
      // Undated sources sort as the earliest of all, so last.
      { sql: "COALESCE(source.published_on, '-infinity'::date)", type: 'date', valueOf: (source) => source.publishedOn ?? '-infinity' },
      { sql: 'source.id', type: 'uuid', valueOf: (source) => source.id },
    ],
    'DESC',
  ),
};
