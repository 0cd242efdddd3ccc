import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance for the exhibitions records: a source's publisher apart from
 * the agencies it credits; one `attribution` table replacing the three link
 * tables (and citing each designation count's own report); notes on derived
 * values (`derivations`); the latest day an exhibition can have ended, so
 * that one known to be over by its report's date is PAST from then; and
 * marketing activities.
 */
export class ProvenanceSchema1764600000000 implements MigrationInterface {
  name = 'ProvenanceSchema1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE exhibitions.source
        ALTER COLUMN publisher DROP NOT NULL,
        ADD COLUMN credits text[] NOT NULL DEFAULT '{}';

      -- Organisations belong to the training subgraph: their ids are kept here without foreign keys.
      CREATE TABLE exhibitions.marketing_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        description text NOT NULL CHECK (btrim(description) <> ''),
        marketer_id uuid NOT NULL,
        province_code text,
        market_country_code char(2),
        begun_no_later_than date,
        outlook text,
        derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array'),
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- One row per statement a record rests on; exactly one record column is set (an exclusive arc).
      CREATE TABLE exhibitions.attribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES exhibitions.source (id),
        exhibition_id uuid REFERENCES exhibitions.exhibition (id) ON DELETE CASCADE,
        export_market_id uuid REFERENCES exhibitions.export_market (id) ON DELETE CASCADE,
        designation_id uuid REFERENCES exhibitions.world_craft_designation (id) ON DELETE CASCADE,
        designation_count_id uuid REFERENCES exhibitions.world_craft_designation_count_report (id) ON DELETE CASCADE,
        marketing_activity_id uuid REFERENCES exhibitions.marketing_activity (id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        basis text CHECK (basis IN ('STATED', 'REPORTED_SPEECH', 'CITED_DATA')),
        speaker_name text,
        speaker_role text,
        -- An organisation of the training subgraph.
        speaker_organization_id uuid,
        quote text,
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(exhibition_id, export_market_id, designation_id, designation_count_id, marketing_activity_id) = 1),
        CHECK (basis IS DISTINCT FROM 'REPORTED_SPEECH' OR speaker_name IS NOT NULL OR speaker_role IS NOT NULL)
      );
      CREATE INDEX attribution_source_idx ON exhibitions.attribution (source_id);
      CREATE INDEX attribution_exhibition_idx ON exhibitions.attribution (exhibition_id) WHERE exhibition_id IS NOT NULL;
      CREATE INDEX attribution_export_market_idx ON exhibitions.attribution (export_market_id) WHERE export_market_id IS NOT NULL;
      CREATE INDEX attribution_designation_idx ON exhibitions.attribution (designation_id) WHERE designation_id IS NOT NULL;
      CREATE INDEX attribution_designation_count_idx ON exhibitions.attribution (designation_count_id) WHERE designation_count_id IS NOT NULL;
      CREATE INDEX attribution_marketing_activity_idx ON exhibitions.attribution (marketing_activity_id) WHERE marketing_activity_id IS NOT NULL;
      INSERT INTO exhibitions.attribution (source_id, exhibition_id) SELECT source_id, exhibition_id FROM exhibitions.exhibition_source;
      INSERT INTO exhibitions.attribution (source_id, export_market_id) SELECT source_id, export_market_id FROM exhibitions.export_market_source;
      INSERT INTO exhibitions.attribution (source_id, designation_id) SELECT source_id, designation_id FROM exhibitions.world_craft_designation_source;
      INSERT INTO exhibitions.attribution (source_id, designation_count_id) SELECT source_id, id FROM exhibitions.world_craft_designation_count_report;
      DROP TABLE exhibitions.exhibition_source, exhibitions.export_market_source, exhibitions.world_craft_designation_source;

      -- The latest day it can have ended, when its last day is unknown (a report says it was held).
      ALTER TABLE exhibitions.exhibition
        ADD COLUMN ends_no_later_than date,
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array'),
        ADD CONSTRAINT exhibition_ends_no_later_than_check CHECK (
          ends_no_later_than IS NULL OR (ends_on IS NULL
            AND ends_no_later_than >= COALESCE(starts_on, starts_no_earlier_than, ends_no_later_than)
            AND ends_no_later_than >= COALESCE(starts_no_later_than, ends_no_later_than)));
      ALTER TABLE exhibitions.export_market
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array');
      ALTER TABLE exhibitions.world_craft_designation_count_report
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE exhibitions.world_craft_designation_count_report DROP COLUMN derivations;
      ALTER TABLE exhibitions.export_market DROP COLUMN derivations;
      ALTER TABLE exhibitions.exhibition DROP COLUMN ends_no_later_than, DROP COLUMN derivations;
      CREATE TABLE exhibitions.exhibition_source (
        exhibition_id uuid NOT NULL REFERENCES exhibitions.exhibition (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id), PRIMARY KEY (exhibition_id, source_id));
      CREATE TABLE exhibitions.export_market_source (
        export_market_id uuid NOT NULL REFERENCES exhibitions.export_market (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id), PRIMARY KEY (export_market_id, source_id));
      CREATE TABLE exhibitions.world_craft_designation_source (
        designation_id uuid NOT NULL REFERENCES exhibitions.world_craft_designation (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id), PRIMARY KEY (designation_id, source_id));
      INSERT INTO exhibitions.exhibition_source SELECT DISTINCT exhibition_id, source_id FROM exhibitions.attribution WHERE exhibition_id IS NOT NULL;
      INSERT INTO exhibitions.export_market_source SELECT DISTINCT export_market_id, source_id FROM exhibitions.attribution WHERE export_market_id IS NOT NULL;
      INSERT INTO exhibitions.world_craft_designation_source SELECT DISTINCT designation_id, source_id FROM exhibitions.attribution WHERE designation_id IS NOT NULL;
      DROP TABLE exhibitions.attribution, exhibitions.marketing_activity;
      UPDATE exhibitions.source SET publisher = credits[1] WHERE publisher IS NULL;
      ALTER TABLE exhibitions.source DROP COLUMN credits, ALTER COLUMN publisher SET NOT NULL;
    `);
  }
}
