import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { applyFilter, type FilterConditions, type FilterValues, filterValues } from '../../shared/platform/database';
import { checkDateOrder } from '../../shared/platform/graphql';
import type { ExhibitorFilter } from './exhibitor.inputs';

/** How each field of `ExhibitorFilter` restricts a query on alias `exhibitor`. */
const EXHIBITOR_FILTER: FilterConditions<ExhibitorFilter> = {
  registeredFrom: { fromDay: 'exhibitor.registered_at' },
  registeredTo: { toDay: 'exhibitor.registered_at' },
};

/** An exhibitor filter after validation: every field, in a fixed order, so that it can key a loader. */
export type ExhibitorConditions = FilterValues<ExhibitorFilter>;

/** Checks a filter (BAD_USER_INPUT naming the field for an end before its start) and returns its conditions; no filter gives all exhibitors. */
export function exhibitorConditions(filter: ExhibitorFilter | null | undefined): ExhibitorConditions {
  checkDateOrder('filter.registeredFrom', filter?.registeredFrom, 'filter.registeredTo', filter?.registeredTo);
  return filterValues(filter, EXHIBITOR_FILTER);
}

/** Adds the conditions to a query on alias `exhibitor` and returns it. */
export function applyExhibitorConditions<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  conditions: ExhibitorConditions,
): TQuery {
  return applyFilter(query, conditions, EXHIBITOR_FILTER);
}
