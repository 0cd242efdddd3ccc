import type { DataSource } from 'typeorm';
import { entityByIdLoader, linkedIdsLoader } from '../../shared/loaders';
import { Source } from '../../shared/source/source.entity';

/** SQL listing the sources linked to parents through `table.column`, oldest report first. */
function sourceLinksSql(table: string, column: string): string {
  return `SELECT link.${column} AS parent_id, link.source_id AS child_id
          FROM ${table} link JOIN source ON source.id = link.source_id
          WHERE link.${column} = ANY($1::uuid[])
          ORDER BY source.published_on NULLS LAST, source.title`;
}

/** Per-request loaders of sources and of the source ids each kind of record cites. */
export function createSourceLoaders(dataSource: DataSource) {
  const query = (sql: string, parameters: unknown[]) => dataSource.query(sql, parameters);
  return {
    sourceById: entityByIdLoader(dataSource.getRepository(Source)),
    sourceIdsByExhibition: linkedIdsLoader(query, sourceLinksSql('exhibition_source', 'exhibition_id')),
    sourceIdsByExportMarket: linkedIdsLoader(query, sourceLinksSql('export_market_source', 'export_market_id')),
    sourceIdsByDesignation: linkedIdsLoader(query, sourceLinksSql('world_craft_designation_source', 'designation_id')),
  };
}
