import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { Organization } from './organization.entity';
import { OrganizationOrder } from './organization.inputs';

/** A page of organisations. */
export const OrganizationConnection = ConnectionType(Organization, 'Organization', 'organisations', PUBLIC_RECORD_MAX_AGE);

function nameOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Organization> {
  return new KeysetOrder<Organization>(
    [
      { sql: 'organization.name', type: 'text', valueOf: (organization) => organization.name },
      { sql: 'organization.id', type: 'uuid', valueOf: (organization) => organization.id },
    ],
    direction,
  );
}

/** The keyset order of each `OrganizationOrder`: by name, then id. */
export const ORGANIZATION_ORDERS: Readonly<Record<OrganizationOrder, KeysetOrder<Organization>>> = {
  [OrganizationOrder.NAME_ASC]: nameOrder('ASC'),
  [OrganizationOrder.NAME_DESC]: nameOrder('DESC'),
};
