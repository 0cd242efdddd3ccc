import type { DataSource } from 'typeorm';
import { KeysetOrder, rankedRowsByParent } from '../../shared/graphql';
import { countByParentLoader, pagedByParentLoader } from '../../shared/loaders';
import { artisanReferenceTo, type Artisan } from '../artisan/artisan.type';
import { Exhibitor } from './exhibitor.entity';

/** An exhibitor as a node of an exhibition's list: the artisan's reference, with when it was registered (which orders the list). */
export type ExhibitorNode = Artisan & { readonly registeredAt: Date };

/** Exhibitors in the order they were registered, then by artisan id. */
export const EXHIBITOR_ORDER = new KeysetOrder<ExhibitorNode>([
  { sql: 'exhibitor.registered_at', type: 'timestamptz', valueOf: (node) => node.registeredAt.toISOString() },
  { sql: 'exhibitor.artisan_id', type: 'uuid', valueOf: (node) => node.id },
]);

/**
 * Per-request loaders of each exhibition's exhibitors as a connection of
 * artisan references (the gateway fetches the artisans from the training
 * subgraph in one batch), and of the number registered.
 */
export function createExhibitorLoaders(dataSource: DataSource) {
  const exhibitorCountByExhibition = countByParentLoader(
    (sql, parameters) => dataSource.query(sql, parameters),
    'SELECT exhibition_id AS parent_id, count(*) FROM exhibitor WHERE exhibition_id = ANY($1::uuid[]) GROUP BY exhibition_id',
  );
  const exhibitorPagesByExhibition = pagedByParentLoader(
    EXHIBITOR_ORDER,
    async (exhibitionIds, page) => {
      const base = dataSource.getRepository(Exhibitor).createQueryBuilder('exhibitor').where('exhibitor.exhibition_id IN (:...exhibitionIds)', { exhibitionIds });
      const rowsByExhibition = await rankedRowsByParent(
        base,
        'exhibitor.exhibition_id',
        { artisanId: 'exhibitor.artisan_id::text', registeredAt: 'exhibitor.registered_at' },
        page,
        EXHIBITOR_ORDER,
      );
      return new Map(
        [...rowsByExhibition].map(([exhibitionId, rows]) => [
          exhibitionId,
          rows.map((row): ExhibitorNode => Object.assign(artisanReferenceTo(row.artisanId as string), { registeredAt: row.registeredAt as Date })),
        ]),
      );
    },
    exhibitorCountByExhibition,
  );
  return { exhibitorCountByExhibition, exhibitorPagesByExhibition };
}
