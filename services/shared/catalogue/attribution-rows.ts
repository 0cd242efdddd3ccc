import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

import { isUuid } from '../platform/ids';
import { groupByKey, loadAll } from '../platform/loaders';
import type { Source } from './source.entity';
import type { AttributionBasis, AttributionValue } from './source-types';

/** One row of a subgraph's `attribution` table: a record's citation of a source, and how the source supports it. */
export interface AttributionRow {
  readonly sourceId: string;
  readonly basis: AttributionBasis | null;
  readonly speakerName: string | null;
  readonly speakerRole: string | null;
  readonly speakerOrganizationId: string | null;
  readonly quote: string | null;
}

interface AttributionRecord {
  parent_id: string;
  source_id: string;
  basis: AttributionBasis | null;
  speaker_name: string | null;
  speaker_role: string | null;
  speaker_organization_id: string | null;
  quote: string | null;
}

/**
 * Returns a per-request loader of the attribution rows of each record whose id
 * is in column `column` of the subgraph's `attribution` table (one column per
 * kind of record): oldest report first, undated reports last, then in the
 * order they were recorded. One statement per batch.
 */
export function attributionRowsLoader(dataSource: DataSource, column: string): DataLoader<string, AttributionRow[]> {
  return new DataLoader(async (recordIds) => {
    const wellFormed = recordIds.filter(isUuid);
    const rows: AttributionRecord[] = wellFormed.length
      ? await dataSource.query(
          `SELECT a.${column}::text AS parent_id, a.source_id::text, a.basis, a.speaker_name, a.speaker_role,
                  a.speaker_organization_id::text, a.quote
           FROM attribution a JOIN source s ON s.id = a.source_id
           WHERE a.${column} = ANY($1::uuid[])
           ORDER BY s.published_on NULLS LAST, s.title, a.position, a.id`,
          [wellFormed],
        )
      : [];
    return groupByKey(recordIds, rows, (row) => row.parent_id).map((group) =>
      group.map((row) => ({
        sourceId: row.source_id,
        basis: row.basis,
        speakerName: row.speaker_name,
        speakerRole: row.speaker_role,
        speakerOrganizationId: row.speaker_organization_id,
        quote: row.quote,
      })),
    );
  });
}

/**
 * Returns a per-request loader, keyed by source id, of the ids of the records
 * of one kind (column `column` of `attribution`) that cite the source, in id order.
 */
export function citingRecordIdsLoader(dataSource: DataSource, column: string): DataLoader<string, string[]> {
  return new DataLoader(async (sourceIds) => {
    const wellFormed = sourceIds.filter(isUuid);
    const rows: Array<{ parent_id: string; child_id: string }> = wellFormed.length
      ? await dataSource.query(
          `SELECT DISTINCT source_id::text AS parent_id, ${column}::text AS child_id FROM attribution
           WHERE source_id = ANY($1::uuid[]) AND ${column} IS NOT NULL ORDER BY 1, 2`,
          [wellFormed],
        )
      : [];
    return groupByKey(sourceIds, rows, (row) => row.parent_id).map((group) => group.map((row) => row.child_id));
  });
}

/** Returns the ids of the sources the rows cite, each once, in the rows' order. */
export function sourceIdsOf(rows: readonly AttributionRow[]): string[] {
  return [...new Set(rows.map((row) => row.sourceId))];
}

/**
 * Returns the attributions of `rows` with their sources loaded through
 * `sourceById` (one batch) and each speaker's organisation made by
 * `organizationOf` (the subgraph's `Organization` value for an id).
 */
export async function attributionsFrom<TOrganization>(
  rows: readonly AttributionRow[],
  sourceById: DataLoader<string, Source | null>,
  organizationOf: (id: string) => TOrganization | null | Promise<TOrganization | null>,
): Promise<Array<AttributionValue<TOrganization>>> {
  const sources = new Map((await loadAll(sourceById, sourceIdsOf(rows))).map((source) => [source.id, source]));
  return Promise.all(
    rows
      .filter((row) => sources.has(row.sourceId))
      .map(async (row) => ({
        source: sources.get(row.sourceId) as Source,
        basis: row.basis,
        quote: row.quote,
        speaker:
          row.speakerName || row.speakerRole || row.speakerOrganizationId
            ? {
                name: row.speakerName,
                role: row.speakerRole,
                organization: row.speakerOrganizationId ? await organizationOf(row.speakerOrganizationId) : null,
              }
            : null,
      })),
  );
}
