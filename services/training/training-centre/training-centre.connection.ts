import { ConnectionType, PUBLIC_RECORD_MAX_AGE } from '../../shared/graphql';
import { TrainingCentre } from './training-centre.entity';

/** A page of training centres. */
export const TrainingCentreConnection = ConnectionType(TrainingCentre, 'TrainingCentre', 'training centres', PUBLIC_RECORD_MAX_AGE);
