import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { applyFilter, type FilterConditions, type FilterValues, filterValues } from '../../shared/platform/database';
import { checkDateOrder } from '../../shared/platform/graphql';
import { applyEnrollmentVisibility, type EnrollmentVisibility } from '../enrollment/enrollment-visibility';
import type { CertificateFilter } from './certificate.inputs';

/** How each field of `CertificateFilter` restricts a query on alias `certificate`. */
const CERTIFICATE_FILTER: FilterConditions<CertificateFilter> = {
  issuedFrom: { atLeast: 'certificate.issued_on' },
  issuedTo: { atMost: 'certificate.issued_on' },
  isSynthetic: { equals: 'certificate.is_synthetic' },
};

/** What a list of certificates is restricted to: the filter, and the enrolments the caller may read. Plain, in a fixed key order, so that it can key a loader. */
export interface CertificateConditions {
  readonly visibility: EnrollmentVisibility;
  readonly filter: FilterValues<CertificateFilter>;
}

/** Checks a filter (BAD_USER_INPUT naming the field for an end before its start) and returns the conditions of a list of certificates. */
export function certificateConditions(
  filter: CertificateFilter | null | undefined,
  visibility: EnrollmentVisibility,
): CertificateConditions {
  checkDateOrder('filter.issuedFrom', filter?.issuedFrom, 'filter.issuedTo', filter?.issuedTo);
  return { visibility, filter: filterValues(filter, CERTIFICATE_FILTER) };
}

/** Adds the conditions to a query on alias `certificate` joined to its enrolment (alias `enrollment`) and returns it. */
export function applyCertificateConditions<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  conditions: CertificateConditions,
): TQuery {
  return applyEnrollmentVisibility(applyFilter(query, conditions.filter, CERTIFICATE_FILTER), conditions.visibility);
}
