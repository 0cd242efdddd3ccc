import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { MarketingActivity } from './marketing-activity.entity';

/** Per-request loader of marketing activities by id. */
export function createMarketingActivityLoaders(dataSource: DataSource) {
  return { marketingActivityById: entityByIdLoader(dataSource.getRepository(MarketingActivity)) };
}
