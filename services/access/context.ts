import type { DataSource } from 'typeorm';

import type { Viewer } from '../shared/platform/auth';
import type { SubgraphContext } from '../shared/platform/server';

/** What every access resolver receives: the database, the caller, and no loaders (nothing here is read per parent). */
export interface AccessContext extends SubgraphContext<Record<string, never>> {
  readonly viewer: Viewer;
}

/** Returns the context of one operation. */
export function createAccessContext(dataSource: DataSource, viewer: Viewer): AccessContext {
  return { dataSource, loaders: {}, viewer };
}
