import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { applyFilter, type FilterConditions } from '../../shared/platform/database';
import { todayInDomainZone } from '../../shared/platform/dates';
import { BadUserInputError, checkDateOrder, optionalText } from '../../shared/platform/graphql';
import type { ExhibitionKind, ExhibitionStatus } from './exhibition.entity';
import type { ExhibitionFilter } from './exhibition.inputs';
import { EARLIEST_START_SQL, LATEST_START_SQL, statusConditionSql } from './exhibition-status';

/** An exhibition filter after validation: every condition explicit, in a fixed key order (so that it can key a loader). */
export interface ExhibitionConditions {
  readonly countryCode: string | null;
  readonly heldAbroad: boolean | null;
  readonly region: string | null;
  readonly city: string | null;
  readonly provinceCode: string | null;
  readonly craftSlug: string | null;
  readonly organizerId: string | null;
  readonly kind: ExhibitionKind | null;
  readonly status: ExhibitionStatus | null;
  /** The date the status is judged on: the one given, else today in Tehran; null without a status. */
  readonly statusOn: string | null;
  readonly startsFrom: string | null;
  readonly startsTo: string | null;
  readonly isSynthetic: boolean | null;
  /** Set by the service, never by a filter: only exhibitions this organisation organises (what a partner may see of someone's participation). */
  readonly onlyOrganizedBy: string | null;
}

/** How each condition restricts a query on alias `exhibition`. */
const EXHIBITION_FILTER: FilterConditions<ExhibitionConditions> = {
  countryCode: { equals: 'exhibition.country_code' },
  heldAbroad: { where: ({ heldAbroad }) => (heldAbroad ? "exhibition.country_code <> 'IR'" : "exhibition.country_code = 'IR'") },
  region: { where: 'lower(exhibition.region) = lower(:region)' },
  city: { where: 'lower(exhibition.city) = lower(:city)' },
  provinceCode: { equals: 'exhibition.province_code' },
  craftSlug: {
    where:
      'EXISTS (SELECT 1 FROM exhibition_craft WHERE exhibition_craft.exhibition_id = exhibition.id AND exhibition_craft.craft_slug = :craftSlug)',
  },
  // An id that is not a UUID names no organisation: the list is empty.
  organizerId: { equalsId: 'exhibition.organizer_id' },
  onlyOrganizedBy: { equalsId: 'exhibition.organizer_id' },
  kind: { equals: 'exhibition.kind' },
  // Given exactly when `status` is: the status's condition, on the day it is judged on (`:statusOn`).
  statusOn: { where: ({ status }) => statusConditionSql(status as ExhibitionStatus) },
  // A start known only within a window matches a range only when the whole window lies in it.
  startsFrom: { atLeast: EARLIEST_START_SQL },
  startsTo: { atMost: LATEST_START_SQL },
  isSynthetic: { equals: 'exhibition.is_synthetic' },
};

/** Checks a filter and returns its conditions; throws BAD_USER_INPUT naming the argument for an empty date range or a `statusOn` without `status`. */
export function exhibitionConditions(filter: ExhibitionFilter | null | undefined): ExhibitionConditions {
  checkDateOrder('filter.startsFrom', filter?.startsFrom, 'filter.startsTo', filter?.startsTo);
  if (filter?.statusOn && !filter.status) {
    throw new BadUserInputError('filter.statusOn', 'applies only together with filter.status.');
  }
  return {
    countryCode: filter?.countryCode ?? null,
    heldAbroad: filter?.heldAbroad ?? null,
    region: optionalText(filter?.region),
    city: optionalText(filter?.city),
    provinceCode: filter?.provinceCode ?? null,
    craftSlug: filter?.craftSlug ?? null,
    organizerId: filter?.organizerId ?? null,
    kind: filter?.kind ?? null,
    status: filter?.status ?? null,
    statusOn: filter?.status ? (filter.statusOn ?? todayInDomainZone()) : null,
    startsFrom: filter?.startsFrom ?? null,
    startsTo: filter?.startsTo ?? null,
    isSynthetic: filter?.isSynthetic ?? null,
    onlyOrganizedBy: null,
  };
}

/** Adds the conditions to a query on alias `exhibition` and returns it. */
export function applyExhibitionConditions<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  conditions: ExhibitionConditions,
): TQuery {
  return applyFilter(query, conditions, EXHIBITION_FILTER);
}
