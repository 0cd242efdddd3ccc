import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import type { KeysetOrder, PageRequest } from './keyset-order';

/**
 * Returns, for each parent, the ids of the page's rows and one more, in the
 * order the page is read in (reversed for `last`), in one statement: a window function ranks the rows of
 * `base` within each parent. `base` must already restrict to the parents and
 * join whatever the order's keys reference.
 */
export async function rankedIdsByParent<TNode>(
  base: SelectQueryBuilder<ObjectLiteral>,
  parentSql: string,
  idSql: string,
  page: PageRequest,
  order: KeysetOrder<TNode>,
): Promise<Map<string, string[]>> {
  const rowsByParent = await rankedRowsByParent(base, parentSql, { id: `${idSql}::text` }, page, order);
  return new Map([...rowsByParent].map(([parent, rows]) => [parent, rows.map((row) => row.id as string)]));
}

/**
 * Like `rankedIdsByParent`, but returns for each parent the ranked rows with
 * the columns named in `columns` (alias to SQL expression), for pages whose
 * nodes need more than an id (a cursor value, say) and no further query.
 */
export async function rankedRowsByParent<TNode>(
  base: SelectQueryBuilder<ObjectLiteral>,
  parentSql: string,
  columns: Readonly<Record<string, string>>,
  page: PageRequest,
  order: KeysetOrder<TNode>,
): Promise<Map<string, Array<Record<string, unknown>>>> {
  const ranked = base.clone().select(`${parentSql}::text`, 'parent');
  for (const [alias, sql] of Object.entries(columns)) {
    ranked.addSelect(sql, alias);
  }
  ranked.addSelect(`row_number() OVER (PARTITION BY ${parentSql} ORDER BY ${order.orderBySql(page)})`, 'rank');
  for (const { sql, parameters } of order.pageConditions(page)) {
    ranked.andWhere(sql, parameters);
  }
  const outer = base.connection.createQueryBuilder().select('ranked.parent', 'parent');
  for (const alias of Object.keys(columns)) {
    outer.addSelect(`ranked."${alias}"`, alias);
  }
  const rows: Array<Record<string, unknown> & { parent: string }> = await outer
    .from(`(${ranked.getQuery()})`, 'ranked')
    .where('ranked.rank <= :pageLimit', { pageLimit: page.size + 1 })
    .orderBy('ranked.parent')
    .addOrderBy('ranked.rank')
    .setParameters(ranked.getParameters())
    .getRawMany();
  const rowsByParent = new Map<string, Array<Record<string, unknown>>>();
  for (const { parent, ...row } of rows) {
    const group = rowsByParent.get(parent) ?? [];
    group.push(row);
    rowsByParent.set(parent, group);
  }
  return rowsByParent;
}
