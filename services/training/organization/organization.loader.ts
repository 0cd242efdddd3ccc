import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { Organization } from './organization.entity';

/** Per-request loaders of organisations. */
export function createOrganizationLoaders(dataSource: DataSource) {
  return { organizationById: entityByIdLoader(dataSource.getRepository(Organization)) };
}
