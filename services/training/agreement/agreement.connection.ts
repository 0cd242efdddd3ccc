import { ConnectionType } from '../../shared/graphql';
import { Agreement } from './agreement.entity';

/** A page of agreements. */
export const AgreementConnection = ConnectionType(Agreement, 'Agreement', 'agreements');
