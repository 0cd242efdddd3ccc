import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import type { Viewer } from '../../shared/platform/auth';
import { applyFilter, type FilterConditions, type FilterValues, filterValues } from '../../shared/platform/database';
import type { ArtisanFilter } from './artisan.inputs';
import { applyArtisanVisibility, type ArtisanVisibility, artisanVisibility } from './artisan-visibility';

/** How each field of `ArtisanFilter` restricts a query on alias `artisan`. */
const ARTISAN_FILTER: FilterConditions<ArtisanFilter> = {
  search: { search: ['artisan.name'] },
  provinceCode: { equals: 'artisan.province_code' },
  craftSlug: { arrayHas: 'artisan.craft_slugs' },
  isSynthetic: { equals: 'artisan.is_synthetic' },
};

/**
 * What a list of artisans is restricted to: the filter's conditions and,
 * whatever the filter, the artisans the caller may see in full (so that a
 * filter on personal fields never reveals an artisan the caller may not see).
 * Plain and in a fixed key order, so that it can key a loader.
 */
export interface ArtisanConditions {
  readonly visibility: ArtisanVisibility;
  readonly filter: FilterValues<ArtisanFilter>;
}

/** Returns the conditions of a list of artisans for `viewer`. */
export function artisanConditions(filter: ArtisanFilter | null | undefined, viewer: Viewer): ArtisanConditions {
  return { visibility: artisanVisibility(viewer), filter: filterValues(filter, ARTISAN_FILTER) };
}

/** Adds the conditions to a query on alias `artisan` and returns it. */
export function applyArtisanConditions<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  conditions: ArtisanConditions,
): TQuery {
  return applyArtisanVisibility(applyFilter(query, conditions.filter, ARTISAN_FILTER), conditions.visibility);
}
