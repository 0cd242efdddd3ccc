import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the exhibitions subgraph: exhibitions with their crafts, partners, exhibitors and sources; export markets; world craft designations. */
export class CreateExhibitionsSchema1763800000000 implements MigrationInterface {
  name = 'CreateExhibitionsSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE exhibitions.source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        publisher text NOT NULL,
        published_on date,
        url text
      );

      -- Artisans and organisations belong to the training subgraph: their ids are kept here without foreign keys.
      CREATE TABLE exhibitions.exhibition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        description text,
        kind text NOT NULL CHECK (kind IN ('DOMESTIC', 'INTERNATIONAL')),
        country_code char(2) NOT NULL,
        region text,
        city text,
        starts_on date,
        ends_on date,
        starts_no_earlier_than date,
        starts_no_later_than date,
        dates_as_reported text,
        province_code text,
        organizer_id uuid,
        reported_exhibitor_count int CHECK (reported_exhibitor_count > 0),
        cancelled_on date,
        cancellation_reason text,
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- The opening day, or a window it lies in; not both, and never nothing.
        CHECK (starts_on IS NULL OR (starts_no_earlier_than IS NULL AND starts_no_later_than IS NULL)),
        CHECK (starts_on IS NOT NULL OR starts_no_earlier_than IS NOT NULL OR starts_no_later_than IS NOT NULL),
        CHECK (starts_no_later_than IS NULL OR starts_no_earlier_than IS NULL OR starts_no_later_than >= starts_no_earlier_than),
        CHECK (ends_on IS NULL OR ends_on >= COALESCE(starts_on, starts_no_earlier_than, ends_on)),
        CHECK (kind = 'INTERNATIONAL' OR country_code = 'IR')
      );
      CREATE INDEX exhibition_start_idx ON exhibitions.exhibition ((COALESCE(starts_on, starts_no_earlier_than, '-infinity'::date)), id);
      CREATE INDEX exhibition_country_idx ON exhibitions.exhibition (country_code, (COALESCE(starts_on, starts_no_earlier_than, '-infinity'::date)), id);
      CREATE INDEX exhibition_province_idx ON exhibitions.exhibition (province_code, (COALESCE(starts_on, starts_no_earlier_than, '-infinity'::date)), id)
        WHERE province_code IS NOT NULL;
      CREATE INDEX exhibition_organizer_idx ON exhibitions.exhibition (organizer_id) WHERE organizer_id IS NOT NULL;

      CREATE TABLE exhibitions.exhibition_craft (
        exhibition_id uuid NOT NULL REFERENCES exhibitions.exhibition (id) ON DELETE CASCADE,
        craft_slug text NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (exhibition_id, craft_slug)
      );
      CREATE INDEX exhibition_craft_craft_idx ON exhibitions.exhibition_craft (craft_slug, exhibition_id);

      CREATE TABLE exhibitions.exhibition_partner (
        exhibition_id uuid NOT NULL REFERENCES exhibitions.exhibition (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (exhibition_id, organization_id)
      );

      CREATE TABLE exhibitions.exhibitor (
        exhibition_id uuid NOT NULL REFERENCES exhibitions.exhibition (id) ON DELETE CASCADE,
        artisan_id uuid NOT NULL,
        -- Millisecond precision, so that a cursor holding a JavaScript Date matches the row exactly.
        registered_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (exhibition_id, artisan_id)
      );
      CREATE INDEX exhibitor_registration_idx ON exhibitions.exhibitor (exhibition_id, registered_at, artisan_id);
      CREATE INDEX exhibitor_artisan_idx ON exhibitions.exhibitor (artisan_id, exhibition_id);

      CREATE TABLE exhibitions.exhibition_source (
        exhibition_id uuid NOT NULL REFERENCES exhibitions.exhibition (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id),
        PRIMARY KEY (exhibition_id, source_id)
      );

      CREATE TABLE exhibitions.export_market (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country_code char(2) NOT NULL,
        market_group text CHECK (market_group IN ('CASPIAN_LITTORAL', 'PERSIAN_GULF')),
        priority text NOT NULL CHECK (priority IN ('MAIN_TARGET', 'ACTIVE_MARKET')),
        rationale text NOT NULL CHECK (btrim(rationale) <> '')
      );
      -- A country is in a group once, and on its own once.
      CREATE UNIQUE INDEX export_market_country_group_idx ON exhibitions.export_market (country_code, (COALESCE(market_group, '')));
      CREATE TABLE exhibitions.export_market_source (
        export_market_id uuid NOT NULL REFERENCES exhibitions.export_market (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id),
        PRIMARY KEY (export_market_id, source_id)
      );

      CREATE TABLE exhibitions.world_craft_designation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('CITY', 'VILLAGE')),
        place_name text NOT NULL CHECK (btrim(place_name) <> ''),
        province_code text NOT NULL,
        designated_in int CHECK (designated_in >= 1964),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX world_craft_designation_place_idx ON exhibitions.world_craft_designation (kind, province_code, lower(place_name));
      CREATE INDEX world_craft_designation_order_idx ON exhibitions.world_craft_designation (province_code, place_name, id);
      CREATE TABLE exhibitions.world_craft_designation_source (
        designation_id uuid NOT NULL REFERENCES exhibitions.world_craft_designation (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id),
        PRIMARY KEY (designation_id, source_id)
      );
      CREATE TABLE exhibitions.world_craft_designation_count_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('CITY', 'VILLAGE')),
        reported_count int NOT NULL CHECK (reported_count >= 0),
        as_of date NOT NULL,
        source_id uuid NOT NULL REFERENCES exhibitions.source (id),
        UNIQUE (kind, as_of, source_id)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE exhibitions.world_craft_designation_count_report, exhibitions.world_craft_designation_source,
        exhibitions.world_craft_designation, exhibitions.export_market_source, exhibitions.export_market,
        exhibitions.exhibition_source, exhibitions.exhibitor, exhibitions.exhibition_partner, exhibitions.exhibition_craft,
        exhibitions.exhibition, exhibitions.source;
    `);
  }
}
