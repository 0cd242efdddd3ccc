import type { DataSource } from 'typeorm';

import type { OwnContext, SubgraphContext } from '../shared/platform/server';

/** What every access resolver receives: the database and the caller; no loaders (nothing here is read per parent). */
export type AccessContext = SubgraphContext<Record<string, never>>;

/** Returns the context of one operation. */
export function createAccessContext(dataSource: DataSource): OwnContext<AccessContext> {
  return { dataSource, loaders: {} };
}
