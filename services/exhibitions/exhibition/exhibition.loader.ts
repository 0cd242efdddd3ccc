import type { DataSource } from 'typeorm';

import { entityByIdLoader, linkedIdsLoader } from '../../shared/platform/loaders';
import { ChildPages } from '../../shared/platform/paging';
import { Exhibition } from './exhibition.entity';
import { applyExhibitionConditions, type ExhibitionConditions } from './exhibition.filter';

/** What a nested list of exhibitions hangs from: the parent entity whose field lists them. */
type ExhibitionParent = 'province' | 'country' | 'craft' | 'organizer' | 'artisan';

/** How rows of `exhibition` relate to a kind of parent. */
interface ParentLink {
  /** SQL of the parent's key. */
  readonly sql: string;
  /** Whether the key is a UUID (so that other strings name no parent). */
  readonly isUuid: boolean;
  /** The link table to join, aliased by its name, when the key is not a column of `exhibition`. */
  readonly join?: { readonly table: string; readonly condition: string };
}

const PARENT_LINKS: Readonly<Record<ExhibitionParent, ParentLink>> = {
  province: { sql: 'exhibition.province_code', isUuid: false },
  country: { sql: 'exhibition.country_code', isUuid: false },
  organizer: { sql: 'exhibition.organizer_id', isUuid: true },
  craft: {
    sql: 'exhibition_craft.craft_slug',
    isUuid: false,
    join: { table: 'exhibition_craft', condition: 'exhibition_craft.exhibition_id = exhibition.id' },
  },
  artisan: {
    sql: 'exhibitor.artisan_id',
    isUuid: true,
    join: { table: 'exhibitor', condition: 'exhibitor.exhibition_id = exhibition.id' },
  },
};

/** Per-request loaders of exhibitions, their linked records, and the exhibitions of provinces, countries, crafts, organisations and artisans as pages. */
export function createExhibitionLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Exhibition);
  const query = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  const exhibitionById = entityByIdLoader(repository);

  /** Returns the pages of one kind of parent's exhibitions: parents asking with the same filter, order and page share one statement. */
  const pagesOf = (parent: ExhibitionParent) => {
    const link = PARENT_LINKS[parent];
    return new ChildPages<Exhibition, ExhibitionConditions>({
      list: `exhibitions of ${parent}`,
      query: (parentKeys, conditions) => {
        const base = repository.createQueryBuilder('exhibition');
        if (link.join) {
          base.innerJoin(link.join.table, link.join.table, link.join.condition);
        }
        return applyExhibitionConditions(base.where(`${link.sql} IN (:...parentKeys)`, { parentKeys }), conditions);
      },
      parentSql: link.sql,
      parentKeyIsUuid: link.isUuid,
      nodes: { idSql: 'exhibition.id', nodeById: exhibitionById },
    });
  };

  return {
    exhibitionById,
    exhibitionPagesByProvince: pagesOf('province'),
    exhibitionPagesByCountry: pagesOf('country'),
    exhibitionPagesByCraft: pagesOf('craft'),
    exhibitionPagesByOrganizer: pagesOf('organizer'),
    exhibitionPagesByArtisan: pagesOf('artisan'),
    craftSlugsByExhibition: linkedIdsLoader(
      query,
      'SELECT exhibition_id AS parent_id, craft_slug AS child_id FROM exhibition_craft WHERE exhibition_id = ANY($1::uuid[]) ORDER BY position',
    ),
    partnerIdsByExhibition: linkedIdsLoader(
      query,
      'SELECT exhibition_id AS parent_id, organization_id AS child_id FROM exhibition_partner WHERE exhibition_id = ANY($1::uuid[]) ORDER BY position',
    ),
  };
}
