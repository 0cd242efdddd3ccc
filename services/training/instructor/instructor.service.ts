import { applyPage, toConnection, type Connection, type PageRequest } from '../../shared/graphql';
import type { TrainingContext } from '../context';
import { Instructor } from './instructor.entity';
import { INSTRUCTOR_ORDER } from './instructor.loader';

/** Returns a page of instructors, by name; only those teaching `craftSlug` when given. */
export async function findInstructors(context: TrainingContext, craftSlug: string | null, page: PageRequest): Promise<Connection<Instructor>> {
  const query = context.dataSource.getRepository(Instructor).createQueryBuilder('instructor');
  if (craftSlug) {
    query.andWhere('instructor.craft_slugs @> ARRAY[:craftSlug]::text[]', { craftSlug });
  }
  const countQuery = query.clone();
  const nodes = await applyPage(query, page, INSTRUCTOR_ORDER).getMany();
  return toConnection(nodes, page, INSTRUCTOR_ORDER, () => countQuery.getCount());
}
