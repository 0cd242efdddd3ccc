import type { MigrationInterface, QueryRunner } from 'typeorm';

import { SOURCE_DOCUMENTS as DOC } from '../../shared/catalogue';
import { solarYearRange } from '../period/persian-calendar';

/** Ids of the built-in trade records, fixed so that tests and clients can name them. */
export const BUILTIN_TRADE_IDS = {
  customs1403: '7a0e0000-0000-4000-8000-000000000001',
  suitcase1403: '7a0e0000-0000-4000-8000-000000000002',
  currentCustoms: '7a0e0000-0000-4000-8000-000000000003',
  currentSuitcase: '7a0e0000-0000-4000-8000-000000000004',
  eightPercentTarget: '7a0f0000-0000-4000-8000-000000000001',
  globalMarket: '7a100000-0000-4000-8000-000000000001',
} as const;

/** The solar year the figures of the two export reports are about: the year that ended on 2025-03-20. */
const YEAR_1403 = solarYearRange(1403);

const FIGURES = [
  {
    id: BUILTIN_TRADE_IDS.customs1403,
    basis: 'STATED',
    channel: 'CUSTOMS',
    value: '224000000',
    precision: 'EXACT',
    source: DOC.chechePilotCourses,
    note: 'Based on available data, Iran exported $224 million worth of handicrafts during the past Persian calendar year (ended on March 20, 2025), according to the Minister of Cultural Heritage, Tourism, and Handicrafts.',
  },
  {
    id: BUILTIN_TRADE_IDS.suitcase1403,
    basis: 'STATED',
    channel: 'SUITCASE',
    value: '224000000',
    precision: 'ESTIMATED',
    source: DOC.chechePilotCourses,
    note: '… with an equal amount estimated to have been exported through suitcase trade.',
  },
  {
    id: BUILTIN_TRADE_IDS.currentCustoms,
    basis: 'CURRENT_ANNUAL',
    channel: 'CUSTOMS',
    value: '250000000',
    precision: 'APPROXIMATE',
    source: DOC.rescuePlan,
    note: "Available data compiled by the Ministry of Cultural Heritage, Tourism and Handicrafts: Iran's annual handicraft exports currently stand at about $250 million. The report names no year; the figure is attached to 1403, the last solar year completed when it appeared (2025-04-21).",
  },
  {
    id: BUILTIN_TRADE_IDS.currentSuitcase,
    basis: 'CURRENT_ANNUAL',
    channel: 'SUITCASE',
    value: '250000000',
    precision: 'ESTIMATED',
    source: DOC.rescuePlan,
    note: '… with an additional $250 million in informal "suitcase" exports. Informal trade is not recorded at customs, so the figure is an estimate (the report says "about"); attached to 1403 like the customs figure.',
  },
];

/**
 * The trade facts of the source reports: the four export figures for 1403 (two
 * reports that disagree, both kept with their sources), the eight percent
 * growth target of the National Handicrafts Document, and the $770 billion
 * global handicrafts market.
 */
export class SeedTradeSourceDocuments1764000000001 implements MigrationInterface {
  name = 'SeedTradeSourceDocuments1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const document of Object.values(DOC)) {
      await queryRunner.query('INSERT INTO trade.source (id, title, publisher, published_on, url) VALUES ($1, $2, $3, $4, $5)', [
        document.id,
        document.title,
        document.publisher,
        document.publishedOn,
        document.url,
      ]);
    }
    for (const figure of FIGURES) {
      await queryRunner.query(
        `INSERT INTO trade.export_figure (id, period_starts_on, period_ends_on, solar_year, period_basis, channel, value_usd, precision, source_id, note)
         VALUES ($1, $2, $3, 1403, $4, $5, $6, $7, $8, $9)`,
        [
          figure.id,
          YEAR_1403.startsOn,
          YEAR_1403.endsOn,
          figure.basis,
          figure.channel,
          figure.value,
          figure.precision,
          figure.source.id,
          figure.note,
        ],
      );
    }
    // The stated figures win over the "current" ones for 1403 (see the preference rule).
    await queryRunner.query('UPDATE trade.export_figure SET is_preferred = true WHERE id = ANY($1)', [
      [BUILTIN_TRADE_IDS.customs1403, BUILTIN_TRADE_IDS.suitcase1403],
    ]);

    await queryRunner.query(
      `INSERT INTO trade.growth_target (id, description, rate_percent, document, base_solar_year, target_solar_year, source_id, note)
       VALUES ($1, $2, 8, 'National Handicrafts Document', NULL, NULL, $3, $4)`,
      [
        BUILTIN_TRADE_IDS.eightPercentTarget,
        'Eight percent growth of the handicrafts sector, with more jobs and exports',
        DOC.rescuePlan.id,
        'The Deputy Minister of Handicrafts hopes the rescue plan can "materialize eight-percent growth, increase jobs and exports in line with National Handicrafts Document". The report states neither a base year nor a horizon, nor of which quantity the growth is meant; comparisons treat it as a year-on-year rate.',
      ],
    );
    await queryRunner.query(
      `INSERT INTO trade.market_size (id, market, value_usd, precision, period_starts_on, period_ends_on, solar_year, source_id, note)
       VALUES ($1, 'Global handicrafts market', 770000000000, 'ESTIMATED', NULL, NULL, NULL, $2, $3)`,
      [
        BUILTIN_TRADE_IDS.globalMarket,
        DOC.rescuePlan.id,
        'The global market for handicrafts is valued at $770 billion. The report says neither for which year nor by whom.',
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM trade.market_size WHERE id = $1', [BUILTIN_TRADE_IDS.globalMarket]);
    await queryRunner.query('DELETE FROM trade.growth_target WHERE id = $1', [BUILTIN_TRADE_IDS.eightPercentTarget]);
    await queryRunner.query('DELETE FROM trade.export_figure WHERE id = ANY($1)', [FIGURES.map((figure) => figure.id)]);
    await queryRunner.query('DELETE FROM trade.source WHERE id = ANY($1)', [Object.values(DOC).map((document) => document.id)]);
  }
}
