import type { DataSource } from 'typeorm';

/** What every resolver of a subgraph receives: the database and this operation's loaders (created per operation, never shared). */
export interface SubgraphContext<TLoaders> {
  readonly dataSource: DataSource;
  readonly loaders: TLoaders;
}
