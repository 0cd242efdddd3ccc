import type { MigrationInterface, QueryRunner } from 'typeorm';

import {
  AttributionBasis,
  BUILTIN_ORGANIZATION_IDS as ORG,
  type Derivation,
  DerivationMethod,
  REPORT_PASSAGES as PASSAGE,
  REPORTED_SPEAKERS as SPEAKER,
  type SeedAttribution,
  seedProvenance,
} from '../../shared/catalogue';

const ILAM_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000001';
const SULAYMANIYAH_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000002';
const EARLIER_WASIT_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000003';
const ITALY_EXHIBITION_ID = '0ae10000-0000-4000-8000-000000000004';
const ITALY_MARKET_ID = '0ae20000-0000-4000-8000-000000000021';
const IRAQ_MARKET_ID = '0ae20000-0000-4000-8000-000000000022';
const DESIGNATION_COUNT_IDS = ['0ae30000-0000-4000-8000-000000000001', '0ae30000-0000-4000-8000-000000000002'];
const CHECHE_MARKETING_ID = '0ae40000-0000-4000-8000-000000000001';

const { DERIVED, INFERRED, UNDETERMINED } = DerivationMethod;
const { STATED, REPORTED_SPEECH } = AttributionBasis;

/** The report of 2025-10-11 counts three exhibitions "held so far" in Iraq, the Ilam exhibition (still open) among them. */
const HELD_IN_IRAQ: SeedAttribution = { passage: PASSAGE.iraqExhibitions, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad };

const EXHIBITIONS: Array<{ id: string; update?: string; derivations: Derivation[]; attributions: SeedAttribution[] }> = [
  {
    id: ILAM_EXHIBITION_ID,
    derivations: [
      { field: 'startsOn', method: DERIVED, statement: '"began … on Friday" in a report dated Saturday 2025-10-11: 2025-10-10.' },
      {
        field: 'endsOn',
        method: DERIVED,
        statement: '"the week-long exhibition": seven days from the opening on 2025-10-10, the last being 2025-10-16.',
      },
      {
        field: 'province',
        method: INFERRED,
        statement:
          'Named "Ilam Handicrafts Exhibition", it aims "to introduce the artistic and cultural capacities of Ilam province and other provinces of Iran": recorded as representing Ilam.',
      },
    ],
    attributions: [
      { passage: PASSAGE.ilamOpening, basis: STATED },
      { passage: PASSAGE.ilamWeekLong, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
      { passage: PASSAGE.ilamCrafts, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
      HELD_IN_IRAQ,
    ],
  },
  {
    id: SULAYMANIYAH_EXHIBITION_ID,
    update: "starts_no_later_than = '2025-10-10', ends_no_later_than = '2025-10-10'",
    derivations: [
      {
        field: 'endsNoLaterThan',
        method: INFERRED,
        statement:
          '"A total of three exhibitions have so far been held in Iraq: one in Sulaymaniyah and two in Wasit province", in a report dated 2025-10-11: read as over by that date (the report counts the Ilam exhibition, then still open, among the three, so "held" does not strictly mean over).',
      },
      { field: 'startsNoLaterThan', method: DERIVED, statement: 'Over by 2025-10-10 (see `endsNoLaterThan`), so opened by then too.' },
    ],
    attributions: [HELD_IN_IRAQ],
  },
  {
    id: EARLIER_WASIT_EXHIBITION_ID,
    update: "starts_no_later_than = '2025-10-09', ends_no_later_than = '2025-10-10'",
    derivations: [
      {
        field: 'startsNoLaterThan',
        method: INFERRED,
        statement:
          '"two in Wasit province", one of them the Ilam exhibition that opened on 2025-10-10: read as the other having opened before it, by 2025-10-09.',
      },
      {
        field: 'endsNoLaterThan',
        method: INFERRED,
        statement: 'Counted among the exhibitions "held so far" in a report dated 2025-10-11: read as over by that date.',
      },
    ],
    attributions: [HELD_IN_IRAQ],
  },
  {
    id: ITALY_EXHIBITION_ID,
    derivations: [
      {
        field: 'startsNoEarlierThan',
        method: DERIVED,
        statement: '"scheduled for next month" in a report dated 2025-04-19: May 2025, from its first day.',
      },
      {
        field: 'startsNoLaterThan',
        method: DERIVED,
        statement: '"scheduled for next month" in a report dated 2025-04-19: May 2025, to its last day.',
      },
    ],
    attributions: [{ passage: PASSAGE.italyExhibition, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi }],
  },
];

const GROUP_MEMBERS: Derivation = {
  field: 'country',
  method: INFERRED,
  statement:
    'The report names the group ("Caspian Sea littoral states", "Persian Gulf countries"), not its members: the countries are the group\'s members other than Iran.',
};

/**
 * The exhibitions records' provenance, per the reports: the four reports'
 * outlets (none named) and credited agencies; who said what each record
 * rests on; which values are derived or inferred; the two earlier
 * exhibitions in Iraq over by the report of 2025-10-11 (and the earlier one
 * in Wasit opened before the Ilam exhibition); and Cheche's marketing of
 * Mazandaran's products.
 */
export class SeedProvenance1764600000001 implements MigrationInterface {
  name = 'SeedProvenance1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await seedProvenance.sources(run, 'exhibitions');

    for (const exhibition of EXHIBITIONS) {
      await run(`UPDATE exhibitions.exhibition SET ${exhibition.update ? `${exhibition.update}, ` : ''}derivations = $2 WHERE id = $1`, [
        exhibition.id,
        JSON.stringify(exhibition.derivations),
      ]);
      await seedProvenance.attributions(run, 'exhibitions', 'exhibition_id', exhibition.id, exhibition.attributions);
    }

    const groupMarkets: Array<{ id: string }> = await run(`SELECT id FROM exhibitions.export_market WHERE market_group IS NOT NULL`);
    for (const { id } of groupMarkets) {
      await run('UPDATE exhibitions.export_market SET derivations = $2 WHERE id = $1', [id, JSON.stringify([GROUP_MEMBERS])]);
      await seedProvenance.attributions(run, 'exhibitions', 'export_market_id', id, [
        { passage: PASSAGE.exportGoals, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
      ]);
    }
    await run('UPDATE exhibitions.export_market SET derivations = $2 WHERE id = $1', [
      ITALY_MARKET_ID,
      JSON.stringify([
        {
          field: 'priority',
          method: INFERRED,
          statement:
            'ACTIVE_MARKET: Cheche "has already begun marketing Mazandaran\'s handicraft products" and Iranian artisans were to exhibit in Italy; exports to Italy are only "expected to commence soon".',
        },
      ]),
    ]);
    await seedProvenance.attributions(run, 'exhibitions', 'export_market_id', ITALY_MARKET_ID, [
      { passage: PASSAGE.chechesMarketing, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi },
      { passage: PASSAGE.italyExhibition, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi },
    ]);
    await run('UPDATE exhibitions.export_market SET derivations = $2 WHERE id = $1', [
      IRAQ_MARKET_ID,
      JSON.stringify([
        {
          field: 'priority',
          method: INFERRED,
          statement:
            'ACTIVE_MARKET: three exhibitions held in Iraq "to develop the market", and talks on "exports and imports" with Wasit officials; no figures.',
        },
      ]),
    ]);
    await seedProvenance.attributions(run, 'exhibitions', 'export_market_id', IRAQ_MARKET_ID, [
      HELD_IN_IRAQ,
      { passage: PASSAGE.ilamWasitMemorandum, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
    ]);

    for (const id of DESIGNATION_COUNT_IDS) {
      await run('UPDATE exhibitions.world_craft_designation_count_report SET derivations = $2 WHERE id = $1', [
        id,
        JSON.stringify([
          {
            field: 'reportedAsOf',
            method: DERIVED,
            statement: '"Currently, … have been registered", in a report dated 2025-04-21: the count holds for that day.',
          },
          {
            field: 'designatedBy',
            method: INFERRED,
            statement:
              'The report says "the World Council of Handicrafts": read as the World Crafts Council, which designates world craft cities and villages.',
          },
        ]),
      ]);
      await seedProvenance.attributions(run, 'exhibitions', 'designation_count_id', id, [
        { passage: PASSAGE.worldCraftPlaces, basis: STATED },
      ]);
    }

    await run(
      `INSERT INTO exhibitions.marketing_activity (id, description, marketer_id, province_code, market_country_code, begun_no_later_than, outlook, derivations)
       VALUES ($1, $2, $3, 'IR-02', NULL, '2025-04-19', $4, $5)`,
      [
        CHECHE_MARKETING_ID,
        "The Italian company Cheche has begun marketing Mazandaran's handicraft products.",
        ORG.cheche,
        "Given the company's strong interest, exports to Italy are expected to commence soon.",
        JSON.stringify([
          {
            field: 'begunNoLaterThan',
            method: DERIVED,
            statement: '"has already begun marketing" in a report dated 2025-04-19: begun by that day.',
          },
          {
            field: 'market',
            method: UNDETERMINED,
            statement:
              'The report does not say where Cheche markets the products; exports to Italy are only "expected to commence soon". Left null.',
          },
        ]),
      ],
    );
    await seedProvenance.attributions(run, 'exhibitions', 'marketing_activity_id', CHECHE_MARKETING_ID, [
      { passage: PASSAGE.chechesMarketing, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM exhibitions.marketing_activity WHERE id = $1', [CHECHE_MARKETING_ID]);
    await queryRunner.query(
      `UPDATE exhibitions.exhibition SET starts_no_later_than = '2025-10-11', ends_no_later_than = NULL WHERE id = ANY($1)`,
      [[SULAYMANIYAH_EXHIBITION_ID, EARLIER_WASIT_EXHIBITION_ID]],
    );
  }
}
