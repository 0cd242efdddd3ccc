import type { DataSource } from 'typeorm';

import { Source } from '../../shared/catalogue/source.entity';
import { entityByIdLoader } from '../../shared/platform/loaders';

/** Per-request loader of sources by id. */
export function createSourceLoaders(dataSource: DataSource) {
  return { sourceById: entityByIdLoader(dataSource.getRepository(Source)) };
}
