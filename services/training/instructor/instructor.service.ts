import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { INSTRUCTOR_ORDER } from './instructor.connection';
import { Instructor } from './instructor.entity';

/** Returns a page of instructors, by name; only those teaching `craftSlug` when given. */
export async function findInstructors(context: TrainingContext, craftSlug: string | null, page: PageArgs): Promise<Connection<Instructor>> {
  const query = context.dataSource.getRepository(Instructor).createQueryBuilder('instructor');
  if (craftSlug) {
    query.andWhere('instructor.craft_slugs @> ARRAY[:craftSlug]::text[]', { craftSlug });
  }
  return pageOf(query, page, INSTRUCTOR_ORDER);
}
