import type { ReportedSpeaker, ReportPassage } from './report-passages';
import { SOURCE_DOCUMENTS } from './source-documents';
import type { AttributionBasis } from './source-types';

/** Runs one SQL statement with parameters (a migration's `queryRunner.query`). */
type RunSql = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/** How a built-in record rests on a passage of a report. */
export interface SeedAttribution {
  readonly passage: ReportPassage;
  readonly basis: AttributionBasis;
  readonly speaker?: ReportedSpeaker;
}

/**
 * Helpers of the provenance seed migrations, the same in every subgraph:
 * citation data of the four reports, and a record's attributions.
 */
export const seedProvenance = {
  /** Gives each of the four reports its outlet as `publisher` (null: none of them names one) and the agencies it credits. */
  async sources(run: RunSql, schema: string): Promise<void> {
    for (const document of Object.values(SOURCE_DOCUMENTS)) {
      await run(`UPDATE ${schema}.source SET publisher = $2, credits = $3 WHERE id = $1`, [document.id, document.outlet, document.credits]);
    }
  },

  /** Replaces the attributions of the record whose id is in `column` of `attribution` with these, in order. */
  async attributions(
    run: RunSql,
    schema: string,
    column: string,
    recordId: string,
    attributions: readonly SeedAttribution[],
  ): Promise<void> {
    await run(`DELETE FROM ${schema}.attribution WHERE ${column} = $1`, [recordId]);
    for (const [position, attribution] of attributions.entries()) {
      await run(
        `INSERT INTO ${schema}.attribution (source_id, ${column}, position, basis, speaker_name, speaker_role, speaker_organization_id, quote)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          attribution.passage.source.id,
          recordId,
          position,
          attribution.basis,
          attribution.speaker?.name ?? null,
          attribution.speaker?.role ?? null,
          attribution.speaker?.organizationId ?? null,
          attribution.passage.text,
        ],
      );
    }
  },
};
