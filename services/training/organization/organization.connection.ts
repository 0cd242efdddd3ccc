import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { Organization } from './organization.entity';

/** A page of organisations. */
export const OrganizationConnection = ConnectionType(Organization, 'Organization', 'organisations', PUBLIC_RECORD_MAX_AGE);
