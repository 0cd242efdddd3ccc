import type { DataSource } from 'typeorm';

import { allRowsLoader, entityByIdLoader } from '../../shared/platform/loaders';
import { GrowthTarget } from './growth-target.entity';

/** Per-request loaders of the (few) growth targets, read once per operation, and of growth targets by id (the graph's `node(id:)`). */
export function createGrowthTargetLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(GrowthTarget);
  return { allGrowthTargets: allRowsLoader(repository, { description: 'ASC', id: 'ASC' }), growthTargetById: entityByIdLoader(repository) };
}
