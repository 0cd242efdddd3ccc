import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { mayEverPerformAction, performsOnAll, type Viewer } from '../../shared/platform/auth';

/**
 * Which artisans a caller may see in full (`artisan:read-personal`), as a
 * condition on lists: all (analysts, admins), those listed publicly or
 * enrolled, not withdrawn, in courses of one organisation (its partner
 * keys), or those listed publicly (anyone else).
 */
export type ArtisanVisibility =
  | { readonly artisans: 'all' }
  | { readonly artisans: 'listed' }
  | { readonly artisans: 'listed-or-enrolled-with'; readonly organizationId: string };

/** Returns which artisans `viewer` may see in full. */
export function artisanVisibility(viewer: Viewer): ArtisanVisibility {
  if (performsOnAll(viewer, 'artisan:read-personal')) {
    return { artisans: 'all' };
  }
  if (viewer.organizationId && mayEverPerformAction(viewer, 'artisan:read-personal')) {
    return { artisans: 'listed-or-enrolled-with', organizationId: viewer.organizationId };
  }
  return { artisans: 'listed' };
}

/** Adds to a query on alias `artisan` the condition that keeps only the artisans `visibility` allows, and returns it. */
export function applyArtisanVisibility<TQuery extends SelectQueryBuilder<ObjectLiteral>>(
  query: TQuery,
  visibility: ArtisanVisibility,
): TQuery {
  switch (visibility.artisans) {
    case 'all':
      return query;
    case 'listed':
      return query.andWhere('artisan.listed_publicly');
    case 'listed-or-enrolled-with':
      return query.andWhere(
        `(artisan.listed_publicly OR EXISTS (SELECT 1 FROM enrollment JOIN course ON course.id = enrollment.course_id
          WHERE enrollment.artisan_id = artisan.id AND course.provider_id = :visibleToOrganizationId
          AND enrollment.status <> 'WITHDRAWN'))`,
        { visibleToOrganizationId: visibility.organizationId },
      );
  }
}
