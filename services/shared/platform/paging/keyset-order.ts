import { BadUserInputError } from '../graphql/errors';
import { isStorableIsoDate } from '../graphql/scalars';
import { cursorScope, type CursorValue, decodeCursor, encodeCursor } from './cursor';
import { checkPageSize, type PageArgs } from './page-args';

/** Which page of a list a client asks for, after validation. */
export interface PageRequest {
  /** How many items the page holds at most: `first`, or `last`. */
  readonly size: number;
  /** Whether the page is the last `size` items (before `before`, when given), read in the reverse order. */
  readonly backward: boolean;
  /** Sort-key values of the item the page follows, or null. */
  readonly after: readonly CursorValue[] | null;
  /** Sort-key values of the item the page precedes, or null. */
  readonly before: readonly CursorValue[] | null;
  /** The digest that the page's cursors carry (`cursorScope`). */
  readonly scope: string;
  /** The page arguments as one string, so that requests for the same page can be grouped. */
  readonly signature: string;
}

/** One sort key of a keyset order: a SQL expression, its PostgreSQL type, and how to read it from a node. */
export interface SortKey<TNode> {
  readonly sql: string;
  readonly type: 'text' | 'uuid' | 'date' | 'int' | 'bigint' | 'numeric' | 'timestamptz';
  readonly valueOf: (node: TNode) => CursorValue;
}

/**
 * A total order over rows (the last key must be unique), used both to sort a
 * page and to continue after or before a cursor with a row-value comparison
 * that an index on the same keys can serve.
 */
export class KeysetOrder<TNode> {
  constructor(
    readonly keys: readonly SortKey<TNode>[],
    readonly direction: 'ASC' | 'DESC' = 'ASC',
  ) {}

  /** Returns the direction a page is read in: the order's, or the reverse for a backward page (`last`). */
  readDirection(page: PageRequest): 'ASC' | 'DESC' {
    if (!page.backward) {
      return this.direction;
    }
    return this.direction === 'ASC' ? 'DESC' : 'ASC';
  }

  /** Returns the ORDER BY list a page is read in, e.g. `artisan.name ASC, artisan.id ASC`. */
  orderBySql(page: PageRequest): string {
    const direction = this.readDirection(page);
    return this.keys.map((key) => `${key.sql} ${direction}`).join(', ');
  }

  /** Returns the WHERE conditions, with their named parameters, that keep a page's rows after `after` and before `before`. */
  pageConditions(page: PageRequest): Array<{ sql: string; parameters: Record<string, CursorValue> }> {
    const conditions = [];
    if (page.after) {
      conditions.push(this.comparison(page.after, this.direction === 'ASC' ? '>' : '<', 'pageAfter'));
    }
    if (page.before) {
      conditions.push(this.comparison(page.before, this.direction === 'ASC' ? '<' : '>', 'pageBefore'));
    }
    return conditions;
  }

  /** Returns the opaque cursor of `node` in the list of `scope`. */
  cursorOf(node: TNode, scope: string): string {
    return encodeCursor(
      scope,
      this.keys.map((key) => key.valueOf(node)),
    );
  }

  /**
   * Validates the paging arguments of a list named `list` (see `cursorScope`)
   * and returns the page they ask for; throws BAD_USER_INPUT naming the
   * argument at fault.
   */
  pageRequest(args: PageArgs, list: string): PageRequest {
    const hasLast = args.last !== undefined && args.last !== null;
    if (hasLast && args.first !== undefined && args.first !== null) {
      throw new BadUserInputError(
        'last',
        'give `first` (a page from the start, or after `after`) or `last` (from the end, or before `before`), not both.',
      );
    }
    const size = hasLast ? checkPageSize(args.last, 'last') : checkPageSize(args.first);
    const scope = cursorScope(list, args);
    const after = args.after === undefined || args.after === null ? null : this.valuesOf(args.after, scope, 'after');
    const before = args.before === undefined || args.before === null ? null : this.valuesOf(args.before, scope, 'before');
    const signature = JSON.stringify([size, hasLast, args.after ?? null, args.before ?? null]);
    return { size, backward: hasLast, after, before, scope, signature };
  }

  private comparison(
    values: readonly CursorValue[],
    operator: '<' | '>',
    prefix: string,
  ): { sql: string; parameters: Record<string, CursorValue> } {
    const parameters: Record<string, CursorValue> = {};
    const placeholders = this.keys.map((key, index) => {
      parameters[`${prefix}${index}`] = values[index];
      return `CAST(:${prefix}${index} AS ${key.type})`;
    });
    const columns = this.keys.map((key) => key.sql).join(', ');
    return { sql: `(${columns}) ${operator} (${placeholders.join(', ')})`, parameters };
  }

  private valuesOf(cursor: string, scope: string, argumentName: 'after' | 'before'): CursorValue[] {
    const values = decodeCursor(cursor, scope, argumentName);
    // Each value must fit its key's type, so that a forged cursor is refused here rather than by PostgreSQL.
    if (values.length !== this.keys.length || !values.every((value, index) => fitsType(value, this.keys[index].type))) {
      throw new BadUserInputError(argumentName, 'is not a cursor of this list; pass a cursor returned by the same field.');
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
