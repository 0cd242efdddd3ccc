import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Organization } from './organization.entity';

/** A page of organisations. */
export const OrganizationConnection = ConnectionType(Organization, 'Organization', 'organisations', PUBLIC_RECORD_MAX_AGE);

/** Organisations by name, then id. */
export const ORGANIZATION_ORDER = new KeysetOrder<Organization>([
  { sql: 'organization.name', type: 'text', valueOf: (organization) => organization.name },
  { sql: 'organization.id', type: 'uuid', valueOf: (organization) => organization.id },
]);
