import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the two reads the benchmark found slow over a million figures
 * (a seq scan each, 0.5 to 1.5 s on a 2-core machine):
 *
 * - `exportTotals` over some solar years reads the preferred figures of those
 *   years: a partial index on them by year that carries every column the
 *   aggregate reads, so that it is answered from the index alone (once vacuum
 *   has marked the pages visible), wherever the figures lie in the table;
 *   and the few figures with derivations, which the aggregate asks about;
 * - a province's exports page (`Province.exports`, filtered by year or not)
 *   reads that province's figures: by province, then year, then the listing
 *   order.
 *
 * Destinations and crafts keep no index of their own (see the trade schema's
 * first migration): the benchmark reads them only through totals.
 */
export class AggregateIndexes1765200000000 implements MigrationInterface {
  name = 'AggregateIndexes1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX export_figure_preferred_by_year_idx ON trade.export_figure (solar_year)
        INCLUDE (channel, destination_code, craft_slug, hs_code, province_code, value_usd, is_synthetic, id) WHERE is_preferred;
      CREATE INDEX export_figure_derived_idx ON trade.export_figure (id) WHERE derivations <> '[]'::jsonb;
      CREATE INDEX export_figure_province_idx ON trade.export_figure (province_code, solar_year, period_starts_on, id)
        WHERE province_code IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX trade.export_figure_province_idx;
      DROP INDEX trade.export_figure_derived_idx;
      DROP INDEX trade.export_figure_preferred_by_year_idx;
    `);
  }
}
