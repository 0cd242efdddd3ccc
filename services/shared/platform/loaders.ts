import DataLoader from 'dataloader';
import { type FindOptionsOrder, In, type ObjectLiteral, type Repository } from 'typeorm';

import { isUuid } from './ids';

/** Returns `rows` arranged in key order, `null` where no row has the key. */
export function alignByKey<TRow, TKey>(keys: readonly TKey[], rows: readonly TRow[], keyOf: (row: TRow) => TKey): (TRow | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Returns, per key in key order, the rows with that key (in the rows' order). */
export function groupByKey<TRow, TKey>(keys: readonly TKey[], rows: readonly TRow[], keyOf: (row: TRow) => TKey): TRow[][] {
  const groups = new Map<TKey, TRow[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    groups.get(keyOf(row))?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Returns a loader of entities by UUID primary key `id`: one `IN` query per batch. */
export function entityByIdLoader<TEntity extends ObjectLiteral & { id: string }>(
  repository: Repository<TEntity>,
): DataLoader<string, TEntity | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length ? await repository.findBy({ id: In(wellFormed) } as never) : [];
    return alignByKey(ids, rows, (row) => row.id);
  });
}

/**
 * Returns a loader of the ids linked to each parent id, from a query with
 * `$1` bound to the array of parent ids and columns `parent_id` and `child_id`.
 */
export function linkedIdsLoader(
  query: (sql: string, parameters: unknown[]) => Promise<Array<{ parent_id: string; child_id: string }>>,
  sql: string,
): DataLoader<string, string[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await query(sql, [parentIds]);
    return groupByKey(parentIds, rows, (row) => row.parent_id).map((group) => group.map((row) => row.child_id));
  });
}

/**
 * Returns a loader of counts per parent id from a query with `$1` bound to the
 * parent ids and columns `parent_id` and `count`; parents without rows count 0.
 */
export function countByParentLoader(
  query: (sql: string, parameters: unknown[]) => Promise<Array<{ parent_id: string; count: string | number }>>,
  sql: string,
): DataLoader<string, number> {
  return new DataLoader(async (parentIds) => {
    const rows = await query(sql, [parentIds]);
    return alignByKey(parentIds, rows, (row) => row.parent_id).map((row) => Number(row?.count ?? 0));
  });
}

/** Returns the records for `ids` in order, leaving out ids that name nothing; rethrows a failed load. */
export async function loadAll<TKey, TValue>(loader: DataLoader<TKey, TValue | null>, ids: readonly TKey[]): Promise<TValue[]> {
  const results = await loader.loadMany(ids);
  return results.filter((result): result is TValue => {
    if (result instanceof Error) {
      throw result;
    }
    return result !== null;
  });
}

/** Returns, per parent, the records of its ids, loaded in one batch through `loader`. */
export async function resolveIdsByParent<TValue>(
  idsByParent: Map<string, string[]>,
  loader: DataLoader<string, TValue | null>,
): Promise<Map<string, TValue[]>> {
  const nodes = await loadAll(loader, [...new Set([...idsByParent.values()].flat())]);
  const byId = new Map(nodes.map((node) => [(node as { id: string }).id, node]));
  return new Map(
    [...idsByParent].map(([parent, ids]) => [parent, ids.map((id) => byId.get(id)).filter((node): node is TValue => node !== undefined)]),
  );
}

/** Returns a loader of every row of a small table in `order`, read at most once per operation whatever the key (use the key `'all'`). */
export function allRowsLoader<TEntity extends ObjectLiteral>(
  repository: Repository<TEntity>,
  order: FindOptionsOrder<TEntity>,
): DataLoader<'all', TEntity[]> {
  return new DataLoader<'all', TEntity[]>(async (keys) => {
    const rows = await repository.find({ order });
    return keys.map(() => rows);
  });
}
