import type DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { type Connection, toConnection } from './connection.type';
import type { KeysetOrder } from './keyset-order';
import type { PageArgs } from './page-args';

/**
 * Returns the page of `query`'s rows that `pageArgs` asks for, in `order`:
 * validates `first` and `after` (BAD_USER_INPUT), adds the cursor condition,
 * the order and a limit of `first + 1`, primes `nodeById` with the rows, and
 * counts the whole query only when a client selects `totalCount`. Every root
 * list of records ends this way.
 */
export async function pageOf<TNode extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<TNode>,
  pageArgs: PageArgs,
  order: KeysetOrder<TNode>,
  nodeById?: DataLoader<string, TNode | null>,
): Promise<Connection<TNode>> {
  const page = order.pageRequest(pageArgs);
  const countQuery = query.clone();
  if (page.after) {
    const { sql, parameters } = order.afterCondition(page.after);
    query.andWhere(sql, parameters);
  }
  query.orderBy();
  for (const key of order.keys) {
    query.addOrderBy(key.sql, order.direction);
  }
  const nodes = await query.limit(page.first + 1).getMany();
  for (const node of nodes) {
    nodeById?.prime(node.id, node);
  }
  return toConnection(nodes, page, order, () => countQuery.getCount());
}
