import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { type ArtisanSight, EntityExistenceClient, type Peers } from '../shared/platform/federation';
import type { OwnContext, SubgraphContext } from '../shared/platform/server';
import { createDesignationLoaders } from './designation/world-craft-designation.loader';
import { createExhibitionLoaders } from './exhibition/exhibition.loader';
import { createExhibitorLoaders } from './exhibitor/exhibitor.loader';
import { createExportMarketLoaders } from './export-market/export-market.loader';
import { createMarketingActivityLoaders } from './marketing-activity/marketing-activity.loader';
import { createSourceLoaders } from './source/source.loader';

/** Returns a fresh set of the exhibitions subgraph's DataLoaders: one set per operation, never shared. */
export function createExhibitionsLoaders(dataSource: DataSource) {
  return {
    ...createDesignationLoaders(dataSource),
    ...createExhibitionLoaders(dataSource),
    ...createExhibitorLoaders(dataSource),
    ...createExportMarketLoaders(dataSource),
    ...createMarketingActivityLoaders(dataSource),
    ...createSourceLoaders(dataSource),
  };
}

/** The exhibitions subgraph's loaders, by name. */
export type ExhibitionsLoaders = ReturnType<typeof createExhibitionsLoaders>;

/** What every exhibitions resolver receives: the database, this operation's loaders, and ways to check artisans and organisations with the training subgraph. */
export interface ExhibitionsContext extends SubgraphContext<ExhibitionsLoaders> {
  /** Asks the training subgraph, which owns artisans and organisations, whether the ones named in a write exist. */
  readonly training: EntityExistenceClient;
  /** What this operation's caller may see of each artisan, asked of the training subgraph in one request per batch. */
  readonly artisanSight: DataLoader<string, ArtisanSight>;
}

/** Returns the context of one operation; the training subgraph is asked on behalf of the same caller, under the same request id. */
export function createExhibitionsContext(dataSource: DataSource, peers: Peers): OwnContext<ExhibitionsContext> {
  const training = new EntityExistenceClient('training', peers.training);
  return {
    dataSource,
    loaders: createExhibitionsLoaders(dataSource),
    training,
    artisanSight: new DataLoader((artisanIds: readonly string[]) => training.artisanSight(artisanIds)),
  };
}
