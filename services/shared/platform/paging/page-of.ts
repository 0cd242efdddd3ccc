import type DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { type Connection, toConnection } from './connection.type';
import type { KeysetOrder } from './keyset-order';
import type { PageArgs } from './page-args';

/**
 * Returns the page of `query`'s rows that `pageArgs` asks for, in `order`:
 * validates the paging arguments (BAD_USER_INPUT; cursors must be of the list
 * named `list`, e.g. `Query.exhibitions`, with the same other arguments), adds
 * the cursor conditions, the order (reversed for `last`) and a limit of one
 * more than the page, primes `nodeById` with the rows, and counts the whole
 * query only when a client selects `totalCount`. Every root list of records
 * ends this way.
 */
export async function pageOf<TNode extends ObjectLiteral & { id: string }>(
  list: string,
  query: SelectQueryBuilder<TNode>,
  pageArgs: PageArgs,
  order: KeysetOrder<TNode>,
  nodeById?: DataLoader<string, TNode | null>,
): Promise<Connection<TNode>> {
  const page = order.pageRequest(pageArgs, list);
  const countQuery = query.clone();
  for (const { sql, parameters } of order.pageConditions(page)) {
    query.andWhere(sql, parameters);
  }
  query.orderBy();
  for (const key of order.keys) {
    query.addOrderBy(key.sql, order.readDirection(page));
  }
  const nodes = await query.limit(page.size + 1).getMany();
  for (const node of nodes) {
    nodeById?.prime(node.id, node);
  }
  return toConnection(nodes, page, order, () => countQuery.getCount());
}
