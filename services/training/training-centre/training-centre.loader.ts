import { KeysetOrder } from '../../shared/graphql';
import type { TrainingCentre } from './training-centre.entity';

/** Training centres by name, then id. */
export const TRAINING_CENTRE_ORDER = new KeysetOrder<TrainingCentre>([
  { sql: 'training_centre.name', type: 'text', valueOf: (centre) => centre.name },
  { sql: 'training_centre.id', type: 'uuid', valueOf: (centre) => centre.id },
]);
