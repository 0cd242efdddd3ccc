import type { DataSource } from 'typeorm';

import { allRowsLoader } from '../../shared/platform/loaders';
import { GrowthTarget } from './growth-target.entity';

/** Per-request loader of the (few) growth targets, read once per operation. */
export function createGrowthTargetLoaders(dataSource: DataSource) {
  return { allGrowthTargets: allRowsLoader(dataSource.getRepository(GrowthTarget), { description: 'ASC', id: 'ASC' }) };
}
