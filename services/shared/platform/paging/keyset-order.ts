import { BadUserInputError } from '../graphql/errors';
import { checkPageSize, type PageArgs } from './page-args';

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
    const first = checkPageSize(args.first);
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
