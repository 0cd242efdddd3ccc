import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { applyFilter, type FilterConditions, type FilterValues, filterValues } from '../../shared/platform/database';
import { checkDateOrder } from '../../shared/platform/graphql';
import type { EnrollmentFilter } from './enrollment.inputs';
import { applyEnrollmentVisibility, type EnrollmentVisibility } from './enrollment-visibility';

/** How each field of `EnrollmentFilter` restricts a query on alias `enrollment`. */
const ENROLLMENT_FILTER: FilterConditions<EnrollmentFilter> = {
  status: { equals: 'enrollment.status' },
  enrolledFrom: { fromDay: 'enrollment.enrolled_at' },
  enrolledTo: { toDay: 'enrollment.enrolled_at' },
  isSynthetic: { equals: 'enrollment.is_synthetic' },
};

/** What a list of enrolments is restricted to: the filter, and what the caller may read. Plain, in a fixed key order, so that it can key a loader. */
export interface EnrollmentConditions {
  readonly visibility: EnrollmentVisibility;
  readonly filter: FilterValues<EnrollmentFilter>;
}

/** Checks a filter (BAD_USER_INPUT naming the field for an end before its start) and returns the conditions of a list of enrolments. */
export function enrollmentConditions(filter: EnrollmentFilter | null | undefined, visibility: EnrollmentVisibility): EnrollmentConditions {
  checkDateOrder('filter.enrolledFrom', filter?.enrolledFrom, 'filter.enrolledTo', filter?.enrolledTo);
  return { visibility, filter: filterValues(filter, ENROLLMENT_FILTER) };
}

/** Adds the conditions to a query on alias `enrollment` and returns it. */
export function applyEnrollmentConditions<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  conditions: EnrollmentConditions,
): TQuery {
  return applyEnrollmentVisibility(applyFilter(query, conditions.filter, ENROLLMENT_FILTER), conditions.visibility);
}
