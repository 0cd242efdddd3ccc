import { applyFilter, filterWithArguments } from '../../shared/platform/database';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { INSTRUCTOR_ORDERS } from './instructor.connection';
import { Instructor } from './instructor.entity';
import type { InstructorListArgs } from './instructor.inputs';

/**
 * Returns a page of the instructors matching the filter, in the order asked
 * for; `craftSlug` is the deprecated argument of the same name, which
 * `filter.craftSlug` replaces.
 */
export async function findInstructors(
  context: TrainingContext,
  craftSlug: string | null,
  args: InstructorListArgs,
): Promise<Connection<Instructor>> {
  const query = applyFilter(
    context.dataSource.getRepository(Instructor).createQueryBuilder('instructor'),
    filterWithArguments(args.filter, { craftSlug }),
    {
      search: { search: ['instructor.name'] },
      craftSlug: { arrayHas: 'instructor.craft_slugs' },
      affiliationId: { equalsId: 'instructor.affiliation_id' },
      isSynthetic: { equals: 'instructor.is_synthetic' },
    },
  );
  // The deprecated flat argument filters too.
  return pageOf(
    JSON.stringify(['Query.instructors', craftSlug]),
    query,
    args,
    INSTRUCTOR_ORDERS[args.orderBy],
    context.loaders.instructorById,
  );
}
