import { createHash } from 'node:crypto';

import type { EntityManager } from 'typeorm';

/** Returns a UUID derived from `label`: the same label always gives the same id, so re-seeding adds nothing twice. */
export function deterministicUuid(label: string): string {
  const hex = createHash('sha256').update(`handicrafts-graph:synthetic:${label}`).digest('hex');
  // Version 4 layout, variant 10xx, so that the id is a well-formed UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A seeded pseudo-random generator (mulberry32) whose seed derives from a
 * label: the same label gives the same sequence on every machine, whatever
 * else is generated around it.
 */
export class SeededRandom {
  private state: number;

  constructor(label: string) {
    this.state = createHash('sha256').update(label).digest().readUInt32BE(0);
  }

  /** Returns a number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** Returns an integer from `min` to `max`, both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns one item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Returns `count` different items of a list (all of them when it is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return chosen;
  }
}

/** Rows per INSERT statement of `insertRows`. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts rows into `table` (of the manager's schema) with one statement per
 * batch (arrays through unnest), skipping rows already present, so that a
 * seeder can run again; returns how many it inserted. `columns` maps each
 * column to its PostgreSQL type.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: unknown[][],
): Promise<number> {
  const names = Object.keys(columns);
  const arrayTypes = Object.values(columns).map((type) => (type.endsWith('[]') ? 'text' : type));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const columnValues = names.map((_, column) => batch.map((row) => row[column]));
    const selections = Object.values(columns).map((type, index) => (type.endsWith('[]') ? `column${index}::${type}` : `column${index}`));
    const result = await manager.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${selections.join(', ')} FROM unnest(${arrayTypes.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})
         AS input (${names.map((_, index) => `column${index}`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING 1`,
      columnValues,
    );
    inserted += result.length;
  }
  return inserted;
}
