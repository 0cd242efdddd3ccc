import type { DataSource } from 'typeorm';

import type { Peers } from '../shared/platform/federation';
import type { OwnContext, SubgraphContext } from '../shared/platform/server';
import { createNodeLoaders } from './node/node.loader';

/** What every access resolver receives: the database, the caller, and the loader of `node(id:)`. */
export type AccessContext = SubgraphContext<ReturnType<typeof createNodeLoaders>>;

/** Returns the context of one operation; `peers` are the subgraphs `node(id:)` asks which type an id names. */
export function createAccessContext(dataSource: DataSource, peers: Peers): OwnContext<AccessContext> {
  return { dataSource, loaders: createNodeLoaders(peers) };
}
