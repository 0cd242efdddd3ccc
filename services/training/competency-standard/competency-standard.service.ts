import { applyFilter, filterWithArguments } from '../../shared/platform/database';
import { type Connection, pageOf } from '../../shared/platform/paging';
import type { TrainingContext } from '../context';
import { COMPETENCY_STANDARD_ORDERS } from './competency-standard.connection';
import { CompetencyStandard } from './competency-standard.entity';
import type { CompetencyStandardListArgs } from './competency-standard.inputs';

/**
 * Returns a page of the competency standards matching the filter, in the
 * order asked for; `craftSlug` is the deprecated argument of the same name,
 * which `filter.craftSlug` replaces.
 */
export async function findCompetencyStandards(
  context: TrainingContext,
  craftSlug: string | null,
  args: CompetencyStandardListArgs,
): Promise<Connection<CompetencyStandard>> {
  const query = applyFilter(
    context.dataSource.getRepository(CompetencyStandard).createQueryBuilder('competency_standard'),
    filterWithArguments(args.filter, { craftSlug }),
    {
      search: { search: ['competency_standard.code', 'competency_standard.title'] },
      craftSlug: { arrayHas: 'competency_standard.craft_slugs' },
      developedById: { equalsId: 'competency_standard.developed_by_id' },
      approved: { where: '(competency_standard.approved_on IS NOT NULL) = :approved' },
      isSynthetic: { equals: 'competency_standard.is_synthetic' },
    },
  );
  // The deprecated flat argument filters too.
  return pageOf(
    JSON.stringify(['Query.competencyStandards', craftSlug]),
    query,
    args,
    COMPETENCY_STANDARD_ORDERS[args.orderBy],
    context.loaders.competencyStandardById,
  );
}
