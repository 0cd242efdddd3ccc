import type { DataSource } from 'typeorm';
import { KeysetOrder } from '../../shared/graphql';
import { entityByIdLoader } from '../../shared/loaders';
import { Organization } from './organization.entity';

/** Organisations by name, then id. */
export const ORGANIZATION_ORDER = new KeysetOrder<Organization>([
  { sql: 'organization.name', type: 'text', valueOf: (organization) => organization.name },
  { sql: 'organization.id', type: 'uuid', valueOf: (organization) => organization.id },
]);

/** Per-request loaders of organisations. */
export function createOrganizationLoaders(dataSource: DataSource) {
  return { organizationById: entityByIdLoader(dataSource.getRepository(Organization)) };
}
