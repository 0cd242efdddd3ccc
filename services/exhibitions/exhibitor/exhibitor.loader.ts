import type { DataSource } from 'typeorm';

import { ChildPages } from '../../shared/platform/paging';
import { artisanReferenceTo } from '../artisan/artisan.type';
import { EXHIBITOR_REGISTRATION_KEY_SQL, type ExhibitorNode } from './exhibitor.connection';
import { Exhibitor } from './exhibitor.entity';
import { applyExhibitorConditions, type ExhibitorConditions } from './exhibitor.filter';

/**
 * Per-request loaders of each exhibition's exhibitors (filtered) as pages of artisan
 * references (the gateway fetches the artisans from the training subgraph in
 * one batch), with the number registered.
 */
export function createExhibitorLoaders(dataSource: DataSource) {
  return {
    exhibitorPagesByExhibition: new ChildPages<ExhibitorNode, ExhibitorConditions>({
      list: 'Exhibition.exhibitors',
      query: (exhibitionIds, conditions) =>
        applyExhibitorConditions(
          dataSource
            .getRepository(Exhibitor)
            .createQueryBuilder('exhibitor')
            .where('exhibitor.exhibition_id IN (:...exhibitionIds)', { exhibitionIds }),
          conditions,
        ),
      parentSql: 'exhibitor.exhibition_id',
      parentKeyIsUuid: true,
      nodes: {
        columns: {
          artisanId: 'exhibitor.artisan_id::text',
          registeredAt: 'exhibitor.registered_at',
          registrationKey: EXHIBITOR_REGISTRATION_KEY_SQL,
        },
        toNode: (row) =>
          Object.assign(artisanReferenceTo(row.artisanId as string), {
            registeredAt: row.registeredAt as Date,
            registrationKey: row.registrationKey as string,
          }),
      },
    }),
  };
}
