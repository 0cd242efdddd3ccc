import { applyFilter } from '../../shared/platform/database';
import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { TRAINING_CENTRE_ORDER } from './training-centre.connection';
import { TrainingCentre, type TrainingCentreStatus } from './training-centre.entity';

/** Returns a page of training centres, by name, optionally of one province or status. */
export async function findTrainingCentres(
  context: TrainingContext,
  filter: { provinceCode: string | null; status: TrainingCentreStatus | null },
  page: PageArgs,
): Promise<Connection<TrainingCentre>> {
  const query = applyFilter(context.dataSource.getRepository(TrainingCentre).createQueryBuilder('training_centre'), filter, {
    provinceCode: { equals: 'training_centre.province_code' },
    status: { equals: 'training_centre.status' },
  });
  return pageOf(query, page, TRAINING_CENTRE_ORDER);
}
