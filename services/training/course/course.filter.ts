import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { applyFilter, type FilterConditions, type FilterValues, filterValues } from '../../shared/platform/database';
import { checkDateOrder } from '../../shared/platform/graphql';
import type { CourseFilter } from './course.inputs';

/** How each field of `CourseFilter` restricts a query on alias `course`. */
const COURSE_FILTER: FilterConditions<CourseFilter> = {
  search: { search: ['course.title'] },
  provinceCode: {
    where:
      'EXISTS (SELECT 1 FROM course_province WHERE course_province.course_id = course.id AND course_province.province_code = :provinceCode)',
  },
  craftSlug: { arrayHas: 'course.craft_slugs' },
  mode: { equals: 'course.mode' },
  providerId: { equalsId: 'course.provider_id' },
  startsFrom: { atLeast: 'course.starts_on' },
  startsTo: { atMost: 'course.starts_on' },
  isSynthetic: { equals: 'course.is_synthetic' },
};

/** A course filter after validation: every field, in a fixed order, so that it can key a loader. */
export type CourseConditions = FilterValues<CourseFilter>;

/** Checks a filter (BAD_USER_INPUT naming the field for an end before its start) and returns its conditions. */
export function courseConditions(filter: CourseFilter | null | undefined): CourseConditions {
  checkDateOrder('filter.startsFrom', filter?.startsFrom, 'filter.startsTo', filter?.startsTo);
  return filterValues(filter, COURSE_FILTER);
}

/** Adds the conditions to a query on alias `course` and returns it. */
export function applyCourseConditions<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  conditions: CourseConditions,
): TQuery {
  return applyFilter(query, conditions, COURSE_FILTER);
}
