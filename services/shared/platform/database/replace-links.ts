import type { EntityManager } from 'typeorm';

/** A link table from one owner row to many values, in order when `positionColumn` is given. */
export interface LinkTable {
  readonly table: string;
  /** Column holding the owner's id (a UUID). */
  readonly ownerColumn: string;
  /** Column holding the linked value, and its PostgreSQL type (`uuid`, `text`). */
  readonly valueColumn: string;
  readonly valueType: 'uuid' | 'text';
  /** Column keeping the values' order (0 for the first), when the order matters. */
  readonly positionColumn?: string;
}

/**
 * Replaces the values linked to `ownerId` with `values` inside the caller's
 * transaction: two statements whatever their number; a value given twice is
 * linked once, at its first position.
 */
export async function replaceLinks(manager: EntityManager, link: LinkTable, ownerId: string, values: readonly string[]): Promise<void> {
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = $1`, [ownerId]);
  const position = link.positionColumn ? `, ${link.positionColumn}` : '';
  const positionValue = link.positionColumn ? ', linked.position - 1' : '';
  await manager.query(
    `INSERT INTO ${link.table} (${link.ownerColumn}, ${link.valueColumn}${position})
     SELECT $1, linked.value${positionValue} FROM unnest($2::${link.valueType}[]) WITH ORDINALITY AS linked (value, position)
     ON CONFLICT DO NOTHING`,
    [ownerId, values],
  );
}
