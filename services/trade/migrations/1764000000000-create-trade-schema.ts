import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the trade subgraph: sources, export figures, growth targets and market sizes. */
export class CreateTradeSchema1764000000000 implements MigrationInterface {
  name = 'CreateTradeSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trade.source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        publisher text NOT NULL CHECK (btrim(publisher) <> ''),
        published_on date,
        url text,
        is_synthetic boolean NOT NULL DEFAULT false,
        -- How an imported row names its source: the same report is never stored twice.
        UNIQUE NULLS NOT DISTINCT (publisher, title, published_on)
      );

      -- Identifies the quantity a figure measures: period, channel, destination,
      -- craft (or shared HS code) and province. Two sources' figures with the
      -- same key measure the same thing, so totals use only one of them.
      CREATE FUNCTION trade.quantity_key(period_starts_on date, period_ends_on date, channel text,
          destination_code text, craft_slug text, hs_code text, province_code text)
        RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT md5((period_starts_on - DATE '2000-01-01')::text || '|' || (period_ends_on - DATE '2000-01-01')::text
          || '|' || channel || '|' || coalesce(destination_code, '') || '|' || coalesce(craft_slug, '')
          || '|' || coalesce(hs_code, '') || '|' || coalesce(province_code, ''))::uuid $$;

      CREATE TABLE trade.export_figure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_starts_on date NOT NULL,
        period_ends_on date NOT NULL CHECK (period_ends_on >= period_starts_on),
        solar_year int,
        period_basis text NOT NULL CHECK (period_basis IN ('STATED', 'CURRENT_ANNUAL')),
        channel text NOT NULL CHECK (channel IN ('CUSTOMS', 'SUITCASE')),
        value_usd numeric(20, 2) NOT NULL CHECK (value_usd >= 0),
        precision text NOT NULL CHECK (precision IN ('EXACT', 'APPROXIMATE', 'ESTIMATED')),
        -- Codes are checked against the catalogue before they are written; these checks only keep their shape (no regular expressions: they cost seconds per million rows).
        destination_code text CHECK (length(destination_code) = 2 AND destination_code = upper(destination_code)),
        craft_slug text,
        -- Only for a code shared by several crafts (kilim and jajim: 570210); a code of one craft is stored as that craft.
        hs_code text CHECK (hs_code IS NULL OR (hs_code ~ '^[0-9]{4,10}$' AND craft_slug IS NULL)),
        province_code text CHECK (length(province_code) = 5 AND left(province_code, 3) = 'IR-'),
        source_id uuid NOT NULL REFERENCES trade.source (id),
        note text,
        is_synthetic boolean NOT NULL DEFAULT false,
        -- Whether the default preference rule picks this figure among those of its quantity; kept up to date on every write.
        is_preferred boolean NOT NULL DEFAULT false,
        -- Set by the trigger below; bulk writes that already computed it with trade.quantity_key() pass it in.
        quantity_key uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- One figure per source and quantity: importing the same row again adds nothing.
        UNIQUE (quantity_key, source_id)
      );
      CREATE FUNCTION trade.set_export_figure_quantity_key() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.quantity_key := trade.quantity_key(NEW.period_starts_on, NEW.period_ends_on, NEW.channel,
            NEW.destination_code, NEW.craft_slug, NEW.hs_code, NEW.province_code);
          RETURN NEW;
        END $$;
      CREATE TRIGGER export_figure_quantity_key_on_insert BEFORE INSERT ON trade.export_figure
        FOR EACH ROW WHEN (NEW.quantity_key IS NULL) EXECUTE FUNCTION trade.set_export_figure_quantity_key();
      CREATE TRIGGER export_figure_quantity_key_on_update
        BEFORE UPDATE OF period_starts_on, period_ends_on, channel, destination_code, craft_slug, hs_code, province_code, quantity_key
        ON trade.export_figure FOR EACH ROW EXECUTE FUNCTION trade.set_export_figure_quantity_key();

      -- The listing order. Indexes by province, destination or craft are left out on purpose: on a million
      -- figures they tripled the time of a bulk import, and the scans they would spare take a fraction of a second.
      CREATE INDEX export_figure_period_idx ON trade.export_figure (period_starts_on, id);

      CREATE TABLE trade.growth_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        description text NOT NULL,
        rate_percent numeric(8, 2) NOT NULL,
        document text,
        base_solar_year int,
        target_solar_year int,
        source_id uuid NOT NULL REFERENCES trade.source (id),
        note text
      );

      CREATE TABLE trade.market_size (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        market text NOT NULL,
        value_usd numeric(20, 2) NOT NULL CHECK (value_usd >= 0),
        precision text NOT NULL CHECK (precision IN ('EXACT', 'APPROXIMATE', 'ESTIMATED')),
        period_starts_on date,
        period_ends_on date,
        solar_year int,
        source_id uuid NOT NULL REFERENCES trade.source (id),
        note text
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE trade.market_size, trade.growth_target, trade.export_figure, trade.source;
      DROP FUNCTION trade.set_export_figure_quantity_key, trade.quantity_key;
    `);
  }
}
