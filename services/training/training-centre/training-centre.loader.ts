import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { TrainingCentre } from './training-centre.entity';

/** Per-request loader of training centres by id. */
export function createTrainingCentreLoaders(dataSource: DataSource) {
  return { trainingCentreById: entityByIdLoader(dataSource.getRepository(TrainingCentre)) };
}
