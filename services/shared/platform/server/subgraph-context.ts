import type { DataSource } from 'typeorm';

import type { RequestContext } from '../http/request-scope';

/**
 * What every resolver of a subgraph receives: the database, this operation's
 * loaders (created per operation, never shared), and what the platform adds
 * for each request (its id, a logger, the caller as the gateway signed it).
 */
export interface SubgraphContext<TLoaders> extends RequestContext {
  readonly dataSource: DataSource;
  readonly loaders: TLoaders;
}

/** What a subgraph's `createContext` returns: its context less what the platform adds for each request. */
export type OwnContext<TContext> = Omit<TContext, keyof RequestContext>;
