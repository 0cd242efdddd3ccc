import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { isUuid } from '../ids';
import { alignByKey, resolveIdsByParent } from '../loaders';
import { type Connection, toConnection } from './connection.type';
import type { KeysetOrder, PageRequest } from './keyset-order';
import type { PageArgs } from './page-args';
import { rankedIdsByParent, rankedRowsByParent } from './ranked-by-parent';

/** How a page's ranked rows become nodes: records loaded by id, or nodes built from selected columns. */
export type ChildNodes<TNode> =
  | { readonly idSql: string; readonly nodeById: DataLoader<string, TNode | null> }
  | { readonly columns: Readonly<Record<string, string>>; readonly toNode: (row: Record<string, unknown>) => TNode };

/** What `ChildPages` needs to know about one kind of parent and its children. */
export interface ChildPagesSource<TNode, TConditions> {
  /** The list's name in its cursors, e.g. `Province.courses`; a cursor is bound to it and to the parent. */
  readonly list: string;
  /**
   * The children of `parentKeys` that meet `conditions`, one row per child
   * and parent, with `parentSql` selectable and whatever the orders' keys
   * reference joined.
   */
  readonly query: (parentKeys: string[], conditions: TConditions) => SelectQueryBuilder<ObjectLiteral>;
  /** SQL of the parent's key in that query, e.g. `course_province.province_code`. */
  readonly parentSql: string;
  /** Whether parent keys are UUIDs: a key of another form names no parent and reaches no SQL. */
  readonly parentKeyIsUuid?: boolean;
  readonly nodes: ChildNodes<TNode>;
}

interface PageKey {
  readonly parentKey: string;
  readonly page: PageRequest;
}

/**
 * Per-request pages of children for one kind of parent (a province's
 * courses, a country's exhibitions, a course's enrolments…), filtered and
 * ordered. All parents asked for with the same conditions, order and page are
 * answered by one windowed statement whatever their number and the page size,
 * and their `totalCount`s by one grouped count. Create one per request;
 * `clearAll()` after a write.
 */
export class ChildPages<TNode, TConditions = null> {
  private readonly pageLoaders = new Map<KeysetOrder<TNode>, Map<string, DataLoader<PageKey, Connection<TNode>, string>>>();
  private readonly countLoaders = new Map<string, DataLoader<string, number>>();

  constructor(private readonly source: ChildPagesSource<TNode, TConditions>) {}

  /**
   * Returns the parent's page that `pageArgs` asks for (validated: BAD_USER_INPUT, and
   * cursors must be of this list, parent and arguments) of the children meeting `conditions`, in `order`.
   */
  load(parentKey: string, pageArgs: PageArgs, order: KeysetOrder<TNode>, conditions: TConditions): Promise<Connection<TNode>> {
    const page = order.pageRequest(pageArgs, JSON.stringify([this.source.list, parentKey]));
    return this.pagesLoader(order, conditions).load({ parentKey, page });
  }

  /** Returns how many children of the parent meet `conditions`. */
  count(parentKey: string, conditions: TConditions): Promise<number> {
    return this.countLoader(conditions).load(parentKey);
  }

  /** Forgets every page and count loaded so far. */
  clearAll(): void {
    this.pageLoaders.clear();
    this.countLoaders.clear();
  }

  private wellFormed(parentKeys: readonly string[]): string[] {
    const keys = [...new Set(parentKeys)];
    return this.source.parentKeyIsUuid ? keys.filter(isUuid) : keys;
  }

  private countLoader(conditions: TConditions): DataLoader<string, number> {
    const signature = JSON.stringify(conditions) ?? 'null';
    let loader = this.countLoaders.get(signature);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parentKeys) => {
        const keys = this.wellFormed(parentKeys);
        const rows: Array<{ parent: string; count: number }> = keys.length
          ? await this.source
              .query(keys, conditions)
              .select(`${this.source.parentSql}::text`, 'parent')
              .addSelect('count(*)::int', 'count')
              .groupBy(this.source.parentSql)
              .getRawMany()
          : [];
        return alignByKey(parentKeys, rows, (row) => row.parent).map((row) => row?.count ?? 0);
      });
      this.countLoaders.set(signature, loader);
    }
    return loader;
  }

  private pagesLoader(order: KeysetOrder<TNode>, conditions: TConditions): DataLoader<PageKey, Connection<TNode>, string> {
    const byConditions = this.pageLoaders.get(order) ?? new Map<string, DataLoader<PageKey, Connection<TNode>, string>>();
    this.pageLoaders.set(order, byConditions);
    const signature = JSON.stringify(conditions) ?? 'null';
    let loader = byConditions.get(signature);
    if (!loader) {
      const counts = this.countLoader(conditions);
      loader = new DataLoader<PageKey, Connection<TNode>, string>(
        async (keys) => {
          // Requests with the same page arguments share one statement for all their parents.
          const groups = new Map<string, PageKey[]>();
          for (const key of keys) {
            const group = groups.get(key.page.signature) ?? [];
            group.push(key);
            groups.set(key.page.signature, group);
          }
          const connections = new Map<PageKey, Connection<TNode>>();
          await Promise.all(
            [...groups.values()].map(async (group) => {
              const pages = await this.loadPages(
                group.map((key) => key.parentKey),
                group[0].page,
                order,
                conditions,
              );
              for (const key of group) {
                // Each parent's own request: its cursors carry its own scope.
                connections.set(
                  key,
                  toConnection(pages.get(key.parentKey) ?? [], key.page, order, () => counts.load(key.parentKey)),
                );
              }
            }),
          );
          return keys.map((key) => connections.get(key) as Connection<TNode>);
        },
        { cacheKeyFn: (key) => `${key.parentKey}|${key.page.signature}` },
      );
      byConditions.set(signature, loader);
    }
    return loader;
  }

  private async loadPages(
    parentKeys: string[],
    page: PageRequest,
    order: KeysetOrder<TNode>,
    conditions: TConditions,
  ): Promise<Map<string, TNode[]>> {
    const keys = this.wellFormed(parentKeys);
    if (keys.length === 0) {
      return new Map();
    }
    const base = this.source.query(keys, conditions);
    const nodes = this.source.nodes;
    if ('nodeById' in nodes) {
      return resolveIdsByParent(await rankedIdsByParent(base, this.source.parentSql, nodes.idSql, page, order), nodes.nodeById);
    }
    const rowsByParent = await rankedRowsByParent(base, this.source.parentSql, nodes.columns, page, order);
    return new Map([...rowsByParent].map(([parent, rows]) => [parent, rows.map(nodes.toNode)]));
  }
}
