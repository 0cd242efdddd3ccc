import { BadUserInputError } from '../graphql/errors';
import { isStorableIsoDate } from '../graphql/scalars';
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
    // Each value must fit its key's type, so that a cursor of another list or order is refused here rather than by PostgreSQL.
    const valid =
      Array.isArray(values) && values.length === this.keys.length && values.every((value, index) => fitsType(value, this.keys[index].type));
    if (!valid) {
      throw new BadUserInputError('after', 'is not a cursor of this list; pass an endCursor returned by the same field.');
    }
    return values as CursorValue[];
  }
}

/** Values a cursor may hold for each key type, as `valueOf` writes them (text: anything but a NUL character, which PostgreSQL refuses). */
const VALUE_PATTERNS: Readonly<Record<SortKey<unknown>['type'], RegExp>> = {
  text: /^[^\0]*$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^(\d{4}-\d{2}-\d{2}|-?infinity)$/,
  int: /^-?\d{1,9}$/,
  bigint: /^-?\d{1,18}$/,
  numeric: /^-?\d{1,30}(\.\d{1,30})?$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/,
};

/** Returns whether a cursor value fits a key of `type`: the right form, and a real day or instant, in a year PostgreSQL stores (0001 to 9999), for dates and times. */
function fitsType(value: unknown, type: SortKey<unknown>['type']): boolean {
  if (typeof value === 'number') {
    return (type === 'int' || type === 'bigint' || type === 'numeric') && Number.isSafeInteger(value);
  }
  if (typeof value !== 'string' || !VALUE_PATTERNS[type].test(value)) {
    return false;
  }
  const isMoment = (type === 'date' && !value.endsWith('infinity')) || type === 'timestamptz';
  // JavaScript rolls 2025-02-30 over to March; PostgreSQL refuses it.
  return (
    !isMoment ||
    (isStorableIsoDate(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value.slice(0, 10))
  );
}
