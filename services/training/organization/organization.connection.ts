import { ConnectionType } from '../../shared/graphql';
import { Organization } from './organization.entity';

/** A page of organisations. */
export const OrganizationConnection = ConnectionType(Organization, 'Organization', 'organisations');
