import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PublicCacheHint } from './cache-hints';
import { BadUserInputError } from './errors';

/** Page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** The forward-pagination arguments every connection field takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  first: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items that follow this cursor: the `endCursor` of the previous page.',
  })
  after?: string | null;
}

/** Where a page starts and how long it is, after validation. */
export interface PageRequest {
  readonly first: number;
  /** Sort-key values of the last item already seen, or null for the first page. */
  readonly after: readonly CursorValue[] | null;
  /** The raw `after` cursor, kept so that page requests can be grouped by it. */
  readonly afterCursor: string | null;
}

/** A value of one sort key, as stored in a cursor. */
export type CursorValue = string | number;

/** One sort key of a keyset order: a SQL expression, its PostgreSQL type, and how to read it from a node. */
export interface SortKey<TNode> {
  readonly sql: string;
  readonly type: 'text' | 'uuid' | 'date' | 'int' | 'bigint' | 'numeric' | 'timestamptz';
  readonly valueOf: (node: TNode) => CursorValue;
}

/**
 * A total order over rows (the last key must be unique), used both to sort a
 * page and to continue after a cursor with a row-value comparison that an index
 * on the same keys can serve.
 */
export class KeysetOrder<TNode> {
  constructor(
    readonly keys: readonly SortKey<TNode>[],
    readonly direction: 'ASC' | 'DESC' = 'ASC',
  ) {}

  /** Returns the ORDER BY list, e.g. `artisan.name ASC, artisan.id ASC`. */
  orderBySql(): string {
    return this.keys.map((key) => `${key.sql} ${this.direction}`).join(', ');
  }

  /** Returns a WHERE condition selecting rows after `values`, with its named parameters. */
  afterCondition(values: readonly CursorValue[]): { sql: string; parameters: Record<string, CursorValue> } {
    const parameters: Record<string, CursorValue> = {};
    const placeholders = this.keys.map((key, index) => {
      parameters[`cursor${index}`] = values[index];
      return `CAST(:cursor${index} AS ${key.type})`;
    });
    const comparison = this.direction === 'ASC' ? '>' : '<';
    const columns = this.keys.map((key) => key.sql).join(', ');
    return { sql: `(${columns}) ${comparison} (${placeholders.join(', ')})`, parameters };
  }

  /** Returns the opaque cursor that points just after `node`. */
  cursorOf(node: TNode): string {
    return Buffer.from(JSON.stringify(this.keys.map((key) => key.valueOf(node)))).toString('base64url');
  }

  /** Validates `first` and `after` and returns the page they ask for. */
  pageRequest(args: PageArgs): PageRequest {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new BadUserInputError('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${first}.`);
    }
    if (args.after === undefined || args.after === null) {
      return { first, after: null, afterCursor: null };
    }
    return { first, after: this.decodeCursor(args.after), afterCursor: args.after };
  }

  private decodeCursor(cursor: string): CursorValue[] {
    let values: unknown;
    try {
      values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      values = undefined;
    }
    const valid =
      Array.isArray(values) &&
      values.length === this.keys.length &&
      values.every((value) => typeof value === 'string' || typeof value === 'number');
    if (!valid) {
      throw new BadUserInputError('after', 'is not a cursor of this list; pass an endCursor returned by the same field.');
    }
    return values as CursorValue[];
  }
}

/** Paging details of a connection, as in the Relay cursor connection specification. */
@Directive('@shareable')
// Inherits the cache hint of the connection it belongs to.
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items precede this page (true whenever `after` was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
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
 * Returns the connection for a page, given up to `first + 1` nodes in order (the
 * extra node only says that another page exists) and a way to count the whole list.
 */
export function toConnection<TNode>(
  nodes: readonly TNode[],
  page: PageRequest,
  order: KeysetOrder<TNode>,
  countAll: () => Promise<number>,
): Connection<TNode> {
  const pageNodes = nodes.slice(0, page.first);
  const edges = pageNodes.map((node) => ({ cursor: order.cursorOf(node), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: nodes.length > page.first,
      hasPreviousPage: page.after !== null,
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
 * Applies a page to a query builder: the cursor condition, the order and a limit
 * of `first + 1`. Returns the same builder.
 */
export function applyPage<TEntity extends ObjectLiteral>(
  query: SelectQueryBuilder<TEntity>,
  page: PageRequest,
  order: KeysetOrder<TEntity>,
): SelectQueryBuilder<TEntity> {
  if (page.after) {
    const { sql, parameters } = order.afterCondition(page.after);
    query.andWhere(sql, parameters);
  }
  query.orderBy();
  for (const key of order.keys) {
    query.addOrderBy(key.sql, order.direction);
  }
  return query.limit(page.first + 1);
}

/**
 * Returns, for each parent, the ids of the first `first + 1` rows after the
 * cursor in `order`, in one statement: a window function ranks the rows of
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
  ranked.addSelect(`row_number() OVER (PARTITION BY ${parentSql} ORDER BY ${order.orderBySql()})`, 'rank');
  if (page.after) {
    const { sql, parameters } = order.afterCondition(page.after);
    ranked.andWhere(sql, parameters);
  }
  const outer = base.connection.createQueryBuilder().select('ranked.parent', 'parent');
  for (const alias of Object.keys(columns)) {
    outer.addSelect(`ranked."${alias}"`, alias);
  }
  const rows: Array<Record<string, unknown> & { parent: string }> = await outer
    .from(`(${ranked.getQuery()})`, 'ranked')
    .where('ranked.rank <= :pageLimit', { pageLimit: page.first + 1 })
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

/**
 * Returns the GraphQL connection type `<Name>Connection` (with `<Name>Edge`)
 * for a node type. With `publicMaxAge`, pages are public data that a cache may
 * keep that long (each node's own type hint still applies); without it they
 * are not cached.
 */
export function ConnectionType<TNode extends object>(nodeType: ClassType<TNode>, name: string, itemsDescription: string, publicMaxAge?: number) {
  const cacheHint: ClassDecorator = publicMaxAge === undefined ? () => {} : PublicCacheHint(publicMaxAge);

  @cacheHint
  @ObjectType(`${name}Edge`, { description: `One item of a page of ${name}Connection, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: TNode;
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
