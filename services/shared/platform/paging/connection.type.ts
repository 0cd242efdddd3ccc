import { type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';

import { PublicCacheHint } from '../graphql/cache-hints';
import type { KeysetOrder, PageRequest } from './keyset-order';

/** Paging details of a connection, as in the Relay cursor connection specification. */
@Directive('@shareable')
// Inherits the cache hint of the connection it belongs to.
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page (true whenever `before` was given).' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items precede this page (true whenever `after` was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; pass it as `before` for the page before. Null when the page is empty.',
  })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

/** A page of nodes with cursors; `totalCount` is computed only when a client selects it. */
export interface Connection<TNode> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: TNode }>;
  readonly pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Returns the connection for a page, given up to `size + 1` nodes in the order
 * the page was read in (reversed for `last`; the extra node only says that
 * another page exists) and a way to count the whole list.
 */
export function toConnection<TNode>(
  nodes: readonly TNode[],
  page: PageRequest,
  order: KeysetOrder<TNode>,
  countAll: () => Promise<number>,
): Connection<TNode> {
  const read = nodes.slice(0, page.size);
  const pageNodes = page.backward ? read.reverse() : read;
  const edges = pageNodes.map((node) => ({ cursor: order.cursorOf(node, page.scope), node }));
  const more = nodes.length > page.size;
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      // The item of a cursor follows (or precedes) the page it bounds.
      hasNextPage: (!page.backward && more) || page.before !== null,
      hasPreviousPage: (page.backward && more) || page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // A getter, so that the COUNT query runs only when `totalCount` is selected.
    get totalCount() {
      total ??= countAll();
      return total;
    },
  };
}

/**
 * Returns the GraphQL connection type `<Name>Connection` (with `<Name>Edge`)
 * for a node type. With `publicMaxAge`, pages are public data that a cache may
 * keep that long (each node's own type hint still applies); without it they
 * are not cached. With `nullNodeMeaning`, an edge's node may be null, and
 * that says what a null node means.
 */
export function ConnectionType<TNode extends object>(
  nodeType: ClassType<TNode>,
  name: string,
  itemsDescription: string,
  publicMaxAge?: number,
  nullNodeMeaning?: string,
) {
  const cacheHint: ClassDecorator = publicMaxAge === undefined ? () => {} : PublicCacheHint(publicMaxAge);

  @cacheHint
  @ObjectType(`${name}Edge`, { description: `One item of a page of ${name}Connection, with its cursor.` })
  class Edge {
    @Field({
      description:
        'Opaque cursor of this item, valid for the same field with the same arguments: pass it as `after` to continue after it, or as `before` for the items before it.',
    })
    cursor: string;

    @Field(() => nodeType, {
      nullable: nullNodeMeaning !== undefined,
      description: nullNodeMeaning === undefined ? 'The item.' : `The item; null when ${nullNodeMeaning}.`,
    })
    node: TNode | null;
  }

  @cacheHint
  @ObjectType(`${name}Connection`, { description: `A page of ${itemsDescription}.` })
  class ConnectionClass {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount: number;
  }

  return ConnectionClass;
}
