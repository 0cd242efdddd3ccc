import { type Connection, PageArgs, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { COMPETENCY_STANDARD_ORDER } from './competency-standard.connection';
import { CompetencyStandard } from './competency-standard.entity';

/** Returns a page of competency standards, by code; only those for `craftSlug` when given. */
export async function findCompetencyStandards(
  context: TrainingContext,
  craftSlug: string | null,
  page: PageArgs,
): Promise<Connection<CompetencyStandard>> {
  const query = context.dataSource.getRepository(CompetencyStandard).createQueryBuilder('competency_standard');
  if (craftSlug) {
    query.andWhere('competency_standard.craft_slugs @> ARRAY[:craftSlug]::text[]', { craftSlug });
  }
  return pageOf(query, page, COMPETENCY_STANDARD_ORDER);
}
