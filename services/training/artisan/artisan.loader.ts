import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { isUuid } from '../../shared/platform/ids';
import { entityByIdLoader } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Artisan } from './artisan.entity';
import { applyArtisanConditions, type ArtisanConditions } from './artisan.filter';

/** An artisan and an organisation: is the artisan enrolled (and not withdrawn) in one of the organisation's courses? */
export interface EnrolmentWithOrganization {
  readonly artisanId: string;
  readonly organizationId: string;
}

/**
 * Per-request loaders of artisans, of each province's artisans (those the
 * caller may see, filtered) as pages, and of whether artisans are enrolled
 * (not withdrawn) in an organisation's courses (one statement per batch and organisation).
 */
export function createArtisanLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Artisan);
  const artisanById = entityByIdLoader(repository);
  return {
    artisanById,
    artisanPagesByProvince: new ChildPages<Artisan, ArtisanConditions>({
      list: 'Province.artisans',
      query: (provinceCodes, conditions) =>
        applyArtisanConditions(
          repository.createQueryBuilder('artisan').where('artisan.province_code IN (:...provinceCodes)', { provinceCodes }),
          conditions,
        ),
      parentSql: 'artisan.province_code',
      nodes: { idSql: 'artisan.id', nodeById: artisanById },
    }),
    artisanEnrolledWithOrganization: new DataLoader<EnrolmentWithOrganization, boolean, string>(
      async (keys) => {
        // A request has one caller, so one organisation: one statement.
        const enrolled = new Set<string>();
        for (const organizationId of new Set(keys.map((key) => key.organizationId))) {
          const artisanIds = keys
            .filter((key) => key.organizationId === organizationId && isUuid(key.artisanId))
            .map((key) => key.artisanId);
          if (artisanIds.length === 0 || !isUuid(organizationId)) {
            continue;
          }
          const rows: Array<{ artisan_id: string }> = await dataSource.query(
            `SELECT DISTINCT enrollment.artisan_id FROM enrollment JOIN course ON course.id = enrollment.course_id
             WHERE enrollment.artisan_id = ANY($1::uuid[]) AND course.provider_id = $2 AND enrollment.status <> 'WITHDRAWN'`,
            [artisanIds, organizationId],
          );
          rows.forEach((row) => enrolled.add(`${organizationId}|${row.artisan_id}`));
        }
        return keys.map((key) => enrolled.has(`${key.organizationId}|${key.artisanId}`));
      },
      { cacheKeyFn: (key) => `${key.organizationId}|${key.artisanId}` },
    ),
  };
}
