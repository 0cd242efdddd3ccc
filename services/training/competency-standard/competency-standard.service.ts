import { applyPage, toConnection, type Connection, type PageRequest } from '../../shared/graphql';
import type { TrainingContext } from '../context';
import { CompetencyStandard } from './competency-standard.entity';
import { COMPETENCY_STANDARD_ORDER } from './competency-standard.loader';

/** Returns a page of competency standards, by code; only those for `craftSlug` when given. */
export async function findCompetencyStandards(context: TrainingContext, craftSlug: string | null, page: PageRequest): Promise<Connection<CompetencyStandard>> {
  const query = context.dataSource.getRepository(CompetencyStandard).createQueryBuilder('competency_standard');
  if (craftSlug) {
    query.andWhere('competency_standard.craft_slugs @> ARRAY[:craftSlug]::text[]', { craftSlug });
  }
  const countQuery = query.clone();
  const nodes = await applyPage(query, page, COMPETENCY_STANDARD_ORDER).getMany();
  return toConnection(nodes, page, COMPETENCY_STANDARD_ORDER, () => countQuery.getCount());
}
