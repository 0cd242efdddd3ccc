import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { WorldCraftDesignation } from './world-craft-designation.entity';

/** Per-request loader of world craft designations by id. */
export function createDesignationLoaders(dataSource: DataSource) {
  return { designationById: entityByIdLoader(dataSource.getRepository(WorldCraftDesignation)) };
}
