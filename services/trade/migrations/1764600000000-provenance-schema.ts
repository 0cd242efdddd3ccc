import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance for the trade records: a source's publisher apart from the
 * agencies it credits; an `attribution` table (who said a figure, on what
 * basis, in which words); notes on derived values (`derivations`); policy
 * documents and the year's slogan; and figures that keep the HS code they
 * were reported with (any 2-, 4- or 6-digit code), beside the craft they
 * count towards.
 */
export class ProvenanceSchema1764600000000 implements MigrationInterface {
  name = 'ProvenanceSchema1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE trade.source
        ALTER COLUMN publisher DROP NOT NULL,
        ADD COLUMN credits text[] NOT NULL DEFAULT '{}';

      -- Organisations belong to the training subgraph: their ids are kept here without foreign keys.
      CREATE TABLE trade.policy_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        kind text NOT NULL CHECK (kind IN ('PLAN', 'NATIONAL_DOCUMENT')),
        status text CHECK (status IN ('IN_PREPARATION', 'ADOPTED')),
        status_as_of date,
        owner_organization_id uuid,
        in_line_with_id uuid REFERENCES trade.policy_document (id),
        summary text,
        elements text[] NOT NULL DEFAULT '{}',
        derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array'),
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status IS NULL OR status_as_of IS NOT NULL)
      );

      CREATE TABLE trade.year_slogan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        solar_year int NOT NULL UNIQUE,
        slogan text NOT NULL CHECK (btrim(slogan) <> ''),
        derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array'),
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE trade.growth_target
        ADD COLUMN policy_document_id uuid REFERENCES trade.policy_document (id),
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array');
      ALTER TABLE trade.market_size
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array');
      -- A constant default: no table rewrite, however many figures there are.
      ALTER TABLE trade.export_figure
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]';

      -- One row per statement a record rests on; exactly one record column is set (an exclusive arc). A figure,
      -- target or market size is stated by its own source (source_id): its attributions cite that source.
      CREATE TABLE trade.attribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES trade.source (id),
        export_figure_id uuid REFERENCES trade.export_figure (id) ON DELETE CASCADE,
        growth_target_id uuid REFERENCES trade.growth_target (id) ON DELETE CASCADE,
        market_size_id uuid REFERENCES trade.market_size (id) ON DELETE CASCADE,
        policy_document_id uuid REFERENCES trade.policy_document (id) ON DELETE CASCADE,
        year_slogan_id uuid REFERENCES trade.year_slogan (id) ON DELETE CASCADE,
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
        CHECK (num_nonnulls(export_figure_id, growth_target_id, market_size_id, policy_document_id, year_slogan_id) = 1),
        CHECK (basis IS DISTINCT FROM 'REPORTED_SPEECH' OR speaker_name IS NOT NULL OR speaker_role IS NOT NULL)
      );
      CREATE INDEX attribution_source_idx ON trade.attribution (source_id);
      CREATE INDEX attribution_export_figure_idx ON trade.attribution (export_figure_id) WHERE export_figure_id IS NOT NULL;
      CREATE INDEX attribution_growth_target_idx ON trade.attribution (growth_target_id) WHERE growth_target_id IS NOT NULL;
      CREATE INDEX attribution_market_size_idx ON trade.attribution (market_size_id) WHERE market_size_id IS NOT NULL;
      CREATE INDEX attribution_policy_document_idx ON trade.attribution (policy_document_id) WHERE policy_document_id IS NOT NULL;
      CREATE INDEX attribution_year_slogan_idx ON trade.attribution (year_slogan_id) WHERE year_slogan_id IS NOT NULL;

      -- A figure measures a craft when it names one, else the HS code it was reported under: a figure for a
      -- craft that also gives its code is the same quantity as one for the craft alone. For figures written
      -- before (never both a craft and a code) the key is unchanged.
      CREATE OR REPLACE FUNCTION trade.quantity_key(period_starts_on date, period_ends_on date, channel text,
          destination_code text, craft_slug text, hs_code text, province_code text)
        RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT md5((period_starts_on - DATE '2000-01-01')::text || '|' || (period_ends_on - DATE '2000-01-01')::text
          || '|' || channel || '|' || coalesce(destination_code, '') || '|' || coalesce(craft_slug, '')
          || '|' || CASE WHEN craft_slug IS NULL THEN coalesce(hs_code, '') ELSE '' END || '|' || coalesce(province_code, ''))::uuid $$;
    `);
    // The first migration's check kept a code only without a craft; a figure now keeps the code it was reported with.
    const [hsCheck] = await queryRunner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'trade.export_figure'::regclass AND contype = 'c'
         AND pg_get_constraintdef(oid) LIKE '%hs_code ~%'`,
    );
    await queryRunner.query(`ALTER TABLE trade.export_figure DROP CONSTRAINT "${hsCheck.conname}"`);
    // HS headings (4 digits), subheadings (6) and chapters (2); NOT VALID leaves national codes written before unchecked.
    await queryRunner.query(
      `ALTER TABLE trade.export_figure ADD CONSTRAINT export_figure_hs_code_check CHECK (hs_code ~ '^[0-9]{2}([0-9]{2}){0,2}$') NOT VALID`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE trade.export_figure DROP CONSTRAINT export_figure_hs_code_check;
      UPDATE trade.export_figure SET hs_code = NULL WHERE craft_slug IS NOT NULL;
      ALTER TABLE trade.export_figure ADD CHECK (hs_code IS NULL OR (hs_code ~ '^[0-9]{4,10}$' AND craft_slug IS NULL)) NOT VALID;
      CREATE OR REPLACE FUNCTION trade.quantity_key(period_starts_on date, period_ends_on date, channel text,
          destination_code text, craft_slug text, hs_code text, province_code text)
        RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT md5((period_starts_on - DATE '2000-01-01')::text || '|' || (period_ends_on - DATE '2000-01-01')::text
          || '|' || channel || '|' || coalesce(destination_code, '') || '|' || coalesce(craft_slug, '')
          || '|' || coalesce(hs_code, '') || '|' || coalesce(province_code, ''))::uuid $$;
      DROP TABLE trade.attribution;
      ALTER TABLE trade.export_figure DROP COLUMN derivations;
      ALTER TABLE trade.market_size DROP COLUMN derivations;
      ALTER TABLE trade.growth_target DROP COLUMN policy_document_id, DROP COLUMN derivations;
      DROP TABLE trade.year_slogan, trade.policy_document;
      UPDATE trade.source SET publisher = credits[1] WHERE publisher IS NULL;
      ALTER TABLE trade.source DROP COLUMN credits, ALTER COLUMN publisher SET NOT NULL;
    `);
  }
}
