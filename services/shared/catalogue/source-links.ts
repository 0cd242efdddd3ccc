import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { linkedIdsLoader } from '../platform/loaders';

/**
 * Returns a per-request loader of the source ids each parent cites through the
 * link table `table` (columns `column` and `source_id`), oldest report first
 * and undated reports last.
 */
export function sourceIdsLoader(dataSource: DataSource, table: string, column: string): DataLoader<string, string[]> {
  return linkedIdsLoader(
    (sql, parameters) => dataSource.query(sql, parameters),
    `SELECT link.${column} AS parent_id, link.source_id AS child_id
     FROM ${table} link JOIN source ON source.id = link.source_id
     WHERE link.${column} = ANY($1::uuid[])
     ORDER BY source.published_on NULLS LAST, source.title`,
  );
}
