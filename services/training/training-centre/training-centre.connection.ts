import { PUBLIC_RECORD_MAX_AGE } from '../../shared/platform/graphql';
import { ConnectionType, KeysetOrder } from '../../shared/platform/paging';
import { TrainingCentre } from './training-centre.entity';
import { TrainingCentreOrder } from './training-centre.inputs';

/** A page of training centres. */
export const TrainingCentreConnection = ConnectionType(TrainingCentre, 'TrainingCentre', 'training centres', PUBLIC_RECORD_MAX_AGE);

function nameOrder(direction: 'ASC' | 'DESC'): KeysetOrder<TrainingCentre> {
  return new KeysetOrder<TrainingCentre>(
    [
      { sql: 'training_centre.name', type: 'text', valueOf: (centre) => centre.name },
      { sql: 'training_centre.id', type: 'uuid', valueOf: (centre) => centre.id },
    ],
    direction,
  );
}

/** The keyset order of each `TrainingCentreOrder`: by name, then id. */
export const TRAINING_CENTRE_ORDERS: Readonly<Record<TrainingCentreOrder, KeysetOrder<TrainingCentre>>> = {
  [TrainingCentreOrder.NAME_ASC]: nameOrder('ASC'),
  [TrainingCentreOrder.NAME_DESC]: nameOrder('DESC'),
};
