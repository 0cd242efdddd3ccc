import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { Agreement } from './agreement.entity';

/** A page of agreements. */
export const AgreementConnection = ConnectionType(Agreement, 'Agreement', 'agreements', PUBLIC_RECORD_MAX_AGE);
