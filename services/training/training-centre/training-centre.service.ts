import { applyFilter, filterWithArguments } from '../../shared/platform/database';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { TRAINING_CENTRE_ORDERS } from './training-centre.connection';
import { TrainingCentre, type TrainingCentreStatus } from './training-centre.entity';
import type { TrainingCentreListArgs } from './training-centre.inputs';

/**
 * Returns a page of the training centres matching the filter, in the order
 * asked for; `provinceCode` and `status` are the deprecated arguments of the
 * same names, which the filter's fields replace.
 */
export async function findTrainingCentres(
  context: TrainingContext,
  flatArguments: { provinceCode: string | null; status: TrainingCentreStatus | null },
  args: TrainingCentreListArgs,
): Promise<Connection<TrainingCentre>> {
  const query = applyFilter(
    context.dataSource.getRepository(TrainingCentre).createQueryBuilder('training_centre'),
    filterWithArguments(args.filter, flatArguments),
    {
      search: { search: ['training_centre.name', 'training_centre.city'] },
      provinceCode: { equals: 'training_centre.province_code' },
      status: { equals: 'training_centre.status' },
      kind: { equals: 'training_centre.kind' },
      isSynthetic: { equals: 'training_centre.is_synthetic' },
    },
  );
  // The deprecated flat arguments filter too.
  return pageOf(
    JSON.stringify(['Query.trainingCentres', flatArguments]),
    query,
    args,
    TRAINING_CENTRE_ORDERS[args.orderBy],
    context.loaders.trainingCentreById,
  );
}
