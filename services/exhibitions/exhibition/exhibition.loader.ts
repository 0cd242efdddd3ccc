import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { KeysetOrder, rankedIdsByParent, type Connection } from '../../shared/graphql';
import { alignByKey, entityByIdLoader, isUuid, linkedIdsLoader, pagedByParentLoader, resolveIdsByParent, type ParentPageKey } from '../../shared/loaders';
import { Exhibition } from './exhibition.entity';
import { applyExhibitionConditions, type ExhibitionConditions } from './exhibition.filter';
import { ExhibitionOrder } from './exhibition.inputs';

/** SQL of the start date exhibitions are ordered by: the opening day, else the earliest day it can be, else earliest of all. */
const START_SORT_SQL = "COALESCE(exhibition.starts_on, exhibition.starts_no_earlier_than, '-infinity'::date)";

function startOrder(direction: 'ASC' | 'DESC'): KeysetOrder<Exhibition> {
  return new KeysetOrder<Exhibition>(
    [
      { sql: START_SORT_SQL, type: 'date', valueOf: (exhibition) => exhibition.startsOn ?? exhibition.startsNoEarlierThan ?? '-infinity' },
      { sql: 'exhibition.id', type: 'uuid', valueOf: (exhibition) => exhibition.id },
    ],
    direction,
  );
}

/** The keyset order of each `ExhibitionOrder`. */
export const EXHIBITION_ORDERS: Readonly<Record<ExhibitionOrder, KeysetOrder<Exhibition>>> = {
  [ExhibitionOrder.START_DATE_ASC]: startOrder('ASC'),
  [ExhibitionOrder.START_DATE_DESC]: startOrder('DESC'),
};

/** What a nested list of exhibitions hangs from: the parent entity whose field lists them. */
export type ExhibitionParent = 'province' | 'country' | 'craft' | 'organizer' | 'artisan';

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
  craft: { sql: 'exhibition_craft.craft_slug', isUuid: false, join: { table: 'exhibition_craft', condition: 'exhibition_craft.exhibition_id = exhibition.id' } },
  artisan: { sql: 'exhibitor.artisan_id', isUuid: true, join: { table: 'exhibitor', condition: 'exhibitor.exhibition_id = exhibition.id' } },
};

/** Per-request loaders of exhibitions, their linked records, and the exhibitions of provinces, countries, crafts, organisations and artisans as connections. */
export function createExhibitionLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository(Exhibition);
  const query = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  const exhibitionById = entityByIdLoader(repository);

  /** Returns the exhibitions of `parentIds` that meet `conditions`, with the parent key selectable as the link's SQL. */
  const exhibitionsOfParents = (parent: ExhibitionParent, parentIds: readonly string[], conditions: ExhibitionConditions): SelectQueryBuilder<ObjectLiteral> => {
    const link = PARENT_LINKS[parent];
    const base = repository.createQueryBuilder('exhibition');
    if (link.join) {
      base.innerJoin(link.join.table, link.join.table, link.join.condition);
    }
    base.where(`${link.sql} IN (:...parentIds)`, { parentIds });
    return applyExhibitionConditions(base, conditions);
  };

  /** Returns the ids a parent of this kind can have: keys that cannot name one (a malformed UUID) are left out. */
  const wellFormed = (parent: ExhibitionParent, parentIds: readonly string[]) => (PARENT_LINKS[parent].isUuid ? parentIds.filter(isUuid) : [...parentIds]);

  /** Returns a loader of pages of parents' exhibitions under fixed conditions and order, with their counts. */
  const createPagesLoader = (parent: ExhibitionParent, conditions: ExhibitionConditions, order: KeysetOrder<Exhibition>) => {
    const link = PARENT_LINKS[parent];
    const counts = new DataLoader<string, number>(async (parentIds) => {
      const ids = wellFormed(parent, parentIds);
      const rows: Array<{ parent_id: string; count: string }> = ids.length
        ? await exhibitionsOfParents(parent, ids, conditions).select(`${link.sql}::text`, 'parent_id').addSelect('count(*)', 'count').groupBy(link.sql).getRawMany()
        : [];
      return alignByKey(parentIds, rows, (row) => row.parent_id).map((row) => Number(row?.count ?? 0));
    });
    return pagedByParentLoader(
      order,
      async (parentIds, page) => {
        const ids = wellFormed(parent, parentIds);
        if (ids.length === 0) {
          return new Map();
        }
        return resolveIdsByParent(await rankedIdsByParent(exhibitionsOfParents(parent, ids, conditions), link.sql, 'exhibition.id', page, order), exhibitionById);
      },
      counts,
    );
  };

  const pageLoaders = new Map<string, DataLoader<ParentPageKey, Connection<Exhibition>, string>>();
  /**
   * The loaders of parents' exhibitions, one per kind of parent, conditions
   * and order: parents asking with the same arguments share one ranked query
   * per page and one count query.
   */
  const exhibitionPages = {
    /** Returns the loader for this kind of parent, these conditions and this order. */
    of(parent: ExhibitionParent, conditions: ExhibitionConditions, orderBy: ExhibitionOrder) {
      const signature = JSON.stringify([parent, conditions, orderBy]);
      let loader = pageLoaders.get(signature);
      if (!loader) {
        loader = createPagesLoader(parent, conditions, EXHIBITION_ORDERS[orderBy]);
        pageLoaders.set(signature, loader);
      }
      return loader;
    },
    /** Forgets every page loaded so far (after a write). */
    clearAll() {
      pageLoaders.clear();
    },
  };

  return {
    exhibitionById,
    exhibitionPages,
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
