import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { Exhibition } from './exhibition.entity';

/** A page of exhibitions. */
export const ExhibitionConnection = ConnectionType(Exhibition, 'Exhibition', 'exhibitions', PUBLIC_RECORD_MAX_AGE);
