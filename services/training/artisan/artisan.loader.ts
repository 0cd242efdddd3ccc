import type { DataSource } from 'typeorm';

import { entityByIdLoader } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Artisan } from './artisan.entity';

/** Per-request loaders of artisans, and of each province's artisans as pages. */
export function createArtisanLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Artisan);
  const artisanById = entityByIdLoader(repository);
  return {
    artisanById,
    artisanPagesByProvince: new ChildPages<Artisan>({
      query: (provinceCodes) =>
        repository.createQueryBuilder('artisan').where('artisan.province_code IN (:...provinceCodes)', { provinceCodes }),
      parentSql: 'artisan.province_code',
      nodes: { idSql: 'artisan.id', nodeById: artisanById },
    }),
  };
}
