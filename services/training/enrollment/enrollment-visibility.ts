import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { mayEverPerformAction, performsOnAll, type Viewer } from '../../shared/platform/auth';

/**
 * Which enrolments (with their exam scores and certificates) a caller may
 * read (`enrollment:read`), as a condition on lists: all (analysts, admins), those in courses one
 * organisation provides (its partner keys), or none (anyone else). The same
 * rule as `mayReadEnrollmentsIn`, in SQL.
 */
export type EnrollmentVisibility =
  | { readonly enrollments: 'all' }
  | { readonly enrollments: 'none' }
  | { readonly enrollments: 'provided-by'; readonly organizationId: string };

/** Returns which enrolments `viewer` may read. */
export function enrollmentVisibility(viewer: Viewer): EnrollmentVisibility {
  if (performsOnAll(viewer, 'enrollment:read')) {
    return { enrollments: 'all' };
  }
  if (viewer.organizationId && mayEverPerformAction(viewer, 'enrollment:read')) {
    return { enrollments: 'provided-by', organizationId: viewer.organizationId };
  }
  return { enrollments: 'none' };
}

/**
 * Adds to a query that has the alias `enrollment` (an enrolment, or the
 * enrolment a certificate is for) the condition that keeps only what
 * `visibility` allows, and returns it.
 */
export function applyEnrollmentVisibility<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  visibility: EnrollmentVisibility,
): TQuery {
  switch (visibility.enrollments) {
    case 'all':
      return query;
    case 'none':
      return query.andWhere('false');
    case 'provided-by':
      return query.andWhere(
        'EXISTS (SELECT 1 FROM course WHERE course.id = enrollment.course_id AND course.provider_id = :readableForOrganizationId)',
        { readableForOrganizationId: visibility.organizationId },
      );
  }
}
