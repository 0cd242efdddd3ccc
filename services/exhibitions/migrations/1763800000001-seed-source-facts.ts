import type { MigrationInterface, QueryRunner } from 'typeorm';

import { SOURCE_DOCUMENTS as DOC } from '../../shared/catalogue';

const ILAM_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000001';
const SULAYMANIYAH_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000002';
const EARLIER_WASIT_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000003';
const ITALY_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000004';

/** The crafts shown at the Ilam exhibition, in the report's order (the catalogue's crafts come from this list). */
const ILAM_CRAFTS = [
  'kilim',
  'jajim',
  'leather-bags',
  'leather-mosaic',
  'mat-weaving',
  'chit',
  'traditional-dolls',
  'knitwear',
  'pottery',
  'jewelry',
  'wooden-items',
  'copper-utensils',
];

const EXHIBITIONS = [
  {
    id: ILAM_EXHIBITION_ID,
    name: 'Ilam Handicrafts Exhibition',
    description:
      'Week-long exhibition of 15 Iranian artists and producers, introducing the artistic and cultural capacities of Ilam province and other provinces of Iran, developing the market for handicraft products and strengthening cultural ties between Iran and Iraq. The venue city is not stated (an Ilam cultural delegation visited Wasit province and the city of Kut); the report does not name an organiser.',
    countryCode: 'IQ',
    region: 'Wasit',
    startsOn: '2025-10-10',
    endsOn: '2025-10-16',
    startsNoEarlierThan: null,
    startsNoLaterThan: null,
    datesAsReported:
      'Began on Friday (2025-10-10, the day before the report) and is week-long; the last day, 2025-10-16, is derived from that.',
    provinceCode: 'IR-16',
    reportedExhibitorCount: 15,
    crafts: ILAM_CRAFTS,
    source: DOC.ilamExhibitionInWasit,
  },
  {
    id: SULAYMANIYAH_EXHIBITION_ID,
    name: 'Iranian handicrafts exhibition in Sulaymaniyah (name not given in the source)',
    description:
      'One of the three Iranian handicrafts exhibitions that the report of 2025-10-11 counts as held in Iraq so far; the report gives no name, dates, province represented, crafts or exhibitors.',
    countryCode: 'IQ',
    region: 'Sulaymaniyah',
    startsOn: null,
    endsOn: null,
    startsNoEarlierThan: null,
    startsNoLaterThan: '2025-10-11',
    datesAsReported: 'Counted as already held in a report dated 2025-10-11; no dates given.',
    provinceCode: null,
    reportedExhibitorCount: null,
    crafts: [],
    source: DOC.ilamExhibitionInWasit,
  },
  {
    id: EARLIER_WASIT_EXHIBITION_ID,
    name: 'Earlier Iranian handicrafts exhibition in Wasit province (name not given in the source)',
    description:
      'The other of the two Iranian handicrafts exhibitions in Wasit province that the report of 2025-10-11 counts as held in Iraq so far, besides the Ilam Handicrafts Exhibition; the report gives no name, dates, province represented, crafts or exhibitors.',
    countryCode: 'IQ',
    region: 'Wasit',
    startsOn: null,
    endsOn: null,
    startsNoEarlierThan: null,
    startsNoLaterThan: '2025-10-11',
    datesAsReported: 'Counted as already held in a report dated 2025-10-11; no dates given.',
    provinceCode: null,
    reportedExhibitorCount: null,
    crafts: [],
    source: DOC.ilamExhibitionInWasit,
  },
  {
    id: ITALY_EXHIBITION_ID,
    name: "Handicrafts exhibition in Italy described as the world's largest (name not given in the source)",
    description:
      "Iranian artisans were to take part in what the tourism chief of Mazandaran called the world's largest handicrafts exhibition, in Italy. The report gives no name, city, dates, organiser or number of Iranian exhibitors.",
    countryCode: 'IT',
    region: null,
    startsOn: null,
    endsOn: null,
    startsNoEarlierThan: '2025-05-01',
    startsNoLaterThan: '2025-05-31',
    datesAsReported: "Scheduled for 'next month' in a report dated 2025-04-19: May 2025; no exact dates given.",
    provinceCode: null,
    reportedExhibitorCount: null,
    crafts: [],
    source: DOC.chechePilotCourses,
  },
];

const CASPIAN_RATIONALE =
  "The Deputy Minister of Handicrafts named the Caspian Sea littoral states among Iran's main goals for handicraft exports. The report names the group, not the countries: its members are the littoral states other than Iran.";
const PERSIAN_GULF_RATIONALE =
  "The Deputy Minister of Handicrafts named the Persian Gulf countries among Iran's main goals for handicraft exports. The report names the group, not the countries: its members are the countries on the Persian Gulf other than Iran.";

const EXPORT_MARKETS = [
  ...['RU', 'KZ', 'TM', 'AZ'].map((countryCode, index) => ({
    id: `0ae20000-0000-4000-8000-0000000000${String(index + 1).padStart(2, '0')}`,
    countryCode,
    group: 'CASPIAN_LITTORAL',
    priority: 'MAIN_TARGET',
    rationale: CASPIAN_RATIONALE,
    source: DOC.rescuePlan,
  })),
  ...['IQ', 'KW', 'SA', 'BH', 'QA', 'AE', 'OM'].map((countryCode, index) => ({
    id: `0ae20000-0000-4000-8000-0000000000${String(index + 11).padStart(2, '0')}`,
    countryCode,
    group: 'PERSIAN_GULF',
    priority: 'MAIN_TARGET',
    rationale: PERSIAN_GULF_RATIONALE,
    source: DOC.rescuePlan,
  })),
  {
    id: '0ae20000-0000-4000-8000-000000000021',
    countryCode: 'IT',
    group: null,
    priority: 'ACTIVE_MARKET',
    rationale:
      "The Italian company Cheche has begun marketing Mazandaran's handicraft products and, given its strong interest, exports to Italy are expected to begin soon; Iranian artisans were to attend a handicrafts exhibition in Italy in May 2025. No figures are given.",
    source: DOC.chechePilotCourses,
  },
  {
    id: '0ae20000-0000-4000-8000-000000000022',
    countryCode: 'IQ',
    group: null,
    priority: 'ACTIVE_MARKET',
    rationale:
      'Three Iranian handicrafts exhibitions have been held in Iraq (one in Sulaymaniyah, two in Wasit province), to develop the market for handicraft products; Ilam and Wasit officials discussed exports and imports and proposed a memorandum of understanding for trade development. No figures are given.',
    source: DOC.ilamExhibitionInWasit,
  },
];

const DESIGNATION_COUNTS = [
  { id: '0ae30000-0000-4000-8000-000000000001', kind: 'CITY', reportedCount: 13 },
  { id: '0ae30000-0000-4000-8000-000000000002', kind: 'VILLAGE', reportedCount: 3 },
];

/**
 * The exhibitions-and-markets facts of the four source reports, each linked
 * to its report: the Ilam Handicrafts Exhibition in Wasit and the two earlier
 * exhibitions in Iraq that its report counts, the exhibition in Italy of May
 * 2025, the named export target groups with their member countries and the
 * markets with reported activity, and the counts of world craft cities and
 * villages. What the reports leave out (names, dates, venues, organisers)
 * stays null or is said to be missing.
 */
export class SeedSourceFacts1763800000001 implements MigrationInterface {
  name = 'SeedSourceFacts1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const query = (sql: string, parameters: unknown[]) => queryRunner.query(sql, parameters);
    for (const document of Object.values(DOC)) {
      await query('INSERT INTO exhibitions.source (id, title, publisher, published_on, url) VALUES ($1, $2, $3, $4, $5)', [
        document.id,
        document.title,
        document.publisher,
        document.publishedOn,
        document.url,
      ]);
    }
    for (const exhibition of EXHIBITIONS) {
      await query(
        `INSERT INTO exhibitions.exhibition (id, name, description, kind, country_code, region, starts_on, ends_on, starts_no_earlier_than,
           starts_no_later_than, dates_as_reported, province_code, reported_exhibitor_count)
         VALUES ($1, $2, $3, 'INTERNATIONAL', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          exhibition.id,
          exhibition.name,
          exhibition.description,
          exhibition.countryCode,
          exhibition.region,
          exhibition.startsOn,
          exhibition.endsOn,
          exhibition.startsNoEarlierThan,
          exhibition.startsNoLaterThan,
          exhibition.datesAsReported,
          exhibition.provinceCode,
          exhibition.reportedExhibitorCount,
        ],
      );
      for (const [position, craftSlug] of exhibition.crafts.entries()) {
        await query('INSERT INTO exhibitions.exhibition_craft (exhibition_id, craft_slug, position) VALUES ($1, $2, $3)', [
          exhibition.id,
          craftSlug,
          position,
        ]);
      }
      await query('INSERT INTO exhibitions.exhibition_source (exhibition_id, source_id) VALUES ($1, $2)', [
        exhibition.id,
        exhibition.source.id,
      ]);
    }
    for (const market of EXPORT_MARKETS) {
      await query(
        'INSERT INTO exhibitions.export_market (id, country_code, market_group, priority, rationale) VALUES ($1, $2, $3, $4, $5)',
        [market.id, market.countryCode, market.group, market.priority, market.rationale],
      );
      await query('INSERT INTO exhibitions.export_market_source (export_market_id, source_id) VALUES ($1, $2)', [
        market.id,
        market.source.id,
      ]);
    }
    for (const count of DESIGNATION_COUNTS) {
      await query(
        'INSERT INTO exhibitions.world_craft_designation_count_report (id, kind, reported_count, as_of, source_id) VALUES ($1, $2, $3, $4, $5)',
        [count.id, count.kind, count.reportedCount, DOC.rescuePlan.publishedOn, DOC.rescuePlan.id],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM exhibitions.world_craft_designation_count_report WHERE id = ANY($1)', [
      DESIGNATION_COUNTS.map((count) => count.id),
    ]);
    await queryRunner.query('DELETE FROM exhibitions.export_market WHERE id = ANY($1)', [EXPORT_MARKETS.map((market) => market.id)]);
    await queryRunner.query('DELETE FROM exhibitions.exhibition WHERE id = ANY($1)', [EXHIBITIONS.map((exhibition) => exhibition.id)]);
    await queryRunner.query('DELETE FROM exhibitions.source WHERE id = ANY($1)', [Object.values(DOC).map((document) => document.id)]);
  }
}
