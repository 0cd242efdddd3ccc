import { createHash } from 'node:crypto';

import { BadUserInputError } from '../graphql/errors';

/** A value of one sort key, as stored in a cursor. */
export type CursorValue = string | number;

/** The paging arguments themselves, which do not change what a list holds. */
const PAGING_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'after', 'last', 'before']);

/**
 * Returns the digest that binds cursors to one list: its name (for a list
 * under each parent, with the parent's key) and its other arguments (order,
 * filter) in a canonical form, where an argument or filter field given as null
 * is the same as one not given, and key order does not matter.
 */
export function cursorScope(list: string, args: object): string {
  const listArguments = Object.entries(args).filter(([name]) => !PAGING_ARGUMENTS.has(name));
  return createHash('sha256')
    .update(JSON.stringify([list, canonical(Object.fromEntries(listArguments))]))
    .digest('base64url')
    .slice(0, 16);
}

/** Returns `value` as plain JSON values, objects with sorted keys and without null or undefined fields. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'bigint') {
    return value.toString();
  }
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, field]) => field !== null && field !== undefined);
    fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(fields.map(([name, field]) => [name, canonical(field)]));
  }
  return value;
}

/** Returns the opaque cursor of an item whose sort keys hold `values`, in the list of `scope`. */
export function encodeCursor(scope: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([scope, values])).toString('base64url');
}

/**
 * Returns the sort-key values that `cursor` holds, unchecked; throws
 * BAD_USER_INPUT naming `argumentName` unless it is a cursor, and one of the
 * list of `scope` (the same field, parent, order and filter).
 */
export function decodeCursor(cursor: string, scope: string, argumentName: 'after' | 'before'): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[0] !== 'string' || !Array.isArray(decoded[1])) {
    throw new BadUserInputError(argumentName, 'is not a cursor of this list; pass a cursor returned by the same field.');
  }
  if (decoded[0] !== scope) {
    throw new BadUserInputError(
      argumentName,
      'is a cursor of another list, order or filter; pass a cursor returned by the same field with the same arguments (only the paging ones may change).',
    );
  }
  return decoded[1] as unknown[];
}
