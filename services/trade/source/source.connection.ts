import type { Source as SourceRecord } from '../../shared/catalogue/source.entity';
import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Source } from './source.type';

/** A page of sources. */
export const SourceConnection = ConnectionType(Source, 'Source', 'sources', PUBLIC_RECORD_MAX_AGE);

/** Sources by title, then id. */
export const SOURCE_ORDER = new KeysetOrder<SourceRecord>([
  { sql: 'source.title', type: 'text', valueOf: (source) => source.title },
  { sql: 'source.id', type: 'uuid', valueOf: (source) => source.id },
]);
