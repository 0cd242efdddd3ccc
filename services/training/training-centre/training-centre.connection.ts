import { ConnectionType } from '../../shared/graphql';
import { TrainingCentre } from './training-centre.entity';

/** A page of training centres. */
export const TrainingCentreConnection = ConnectionType(TrainingCentre, 'TrainingCentre', 'training centres');
