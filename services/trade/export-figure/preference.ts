import type { EntityManager } from 'typeorm';

/**
 * Returns the ORDER BY list of the default preference rule among figures of one
 * quantity, best first: a real figure before a synthetic one; a figure STATED
 * for exactly the period before one described as the current annual level; then
 * EXACT, APPROXIMATE, ESTIMATED; then the later publication (undated last);
 * then the id (or, for rows not yet written, `lastKey`), so that the choice
 * never depends on the order rows happen to be read in.
 */
export function preferenceOrderSql(figure: string, publishedOn: string, lastKey = `${figure}.id`): string {
  return `${figure}.is_synthetic, (${figure}.period_basis <> 'STATED'),
    CASE ${figure}.precision WHEN 'EXACT' THEN 0 WHEN 'APPROXIMATE' THEN 1 ELSE 2 END,
    ${publishedOn} DESC NULLS LAST, ${lastKey}`;
}

/**
 * Marks, for each quantity that `keysSql` (a SELECT of quantity keys, with
 * `parameters`) lists, the figure the default rule prefers, and unmarks the
 * others; rows whose mark is already right are not rewritten.
 */
export async function refreshPreferred(manager: EntityManager, keysSql: string, parameters: unknown[] = []): Promise<void> {
  await manager.query(
    `UPDATE export_figure SET is_preferred = ranked.best
     FROM (SELECT f.id, row_number() OVER (PARTITION BY f.quantity_key ORDER BY ${preferenceOrderSql('f', 's.published_on')}) = 1 AS best
           FROM export_figure f JOIN source s ON s.id = f.source_id
           WHERE f.quantity_key IN (${keysSql})) ranked
     WHERE export_figure.id = ranked.id AND export_figure.is_preferred <> ranked.best`,
    parameters,
  );
}
