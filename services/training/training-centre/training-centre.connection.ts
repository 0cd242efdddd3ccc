import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { TrainingCentre } from './training-centre.entity';

/** A page of training centres. */
export const TrainingCentreConnection = ConnectionType(TrainingCentre, 'TrainingCentre', 'training centres', PUBLIC_RECORD_MAX_AGE);

/** Training centres by name, then id. */
export const TRAINING_CENTRE_ORDER = new KeysetOrder<TrainingCentre>([
  { sql: 'training_centre.name', type: 'text', valueOf: (centre) => centre.name },
  { sql: 'training_centre.id', type: 'uuid', valueOf: (centre) => centre.id },
]);
