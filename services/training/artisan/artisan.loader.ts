import type { DataSource } from 'typeorm';
import { KeysetOrder, rankedIdsByParent } from '../../shared/graphql';
import { countByParentLoader, entityByIdLoader, pagedByParentLoader, resolveIdsByParent } from '../../shared/loaders';
import { Artisan } from './artisan.entity';

/** Artisans by name, then id. */
export const ARTISAN_ORDER = new KeysetOrder<Artisan>([
  { sql: 'artisan.name', type: 'text', valueOf: (artisan) => artisan.name },
  { sql: 'artisan.id', type: 'uuid', valueOf: (artisan) => artisan.id },
]);

/** Per-request loaders of artisans, and of each province's artisans as a connection. */
export function createArtisanLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Artisan);
  const artisanById = entityByIdLoader(repository);
  const artisanCountByProvince = countByParentLoader(
    (sql, parameters) => dataSource.query(sql, parameters),
    'SELECT province_code AS parent_id, count(*) FROM artisan WHERE province_code = ANY($1::text[]) GROUP BY province_code',
  );
  const artisanPagesByProvince = pagedByParentLoader(
    ARTISAN_ORDER,
    async (provinceCodes, page) => {
      const base = repository.createQueryBuilder('artisan').where('artisan.province_code IN (:...provinceCodes)', { provinceCodes });
      return resolveIdsByParent(await rankedIdsByParent(base, 'artisan.province_code', 'artisan.id', page, ARTISAN_ORDER), artisanById);
    },
    artisanCountByProvince,
  );
  return { artisanById, artisanCountByProvince, artisanPagesByProvince };
}
