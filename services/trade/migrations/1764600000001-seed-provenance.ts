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
  SOURCE_DOCUMENTS as DOC,
} from '../../shared/catalogue';
import { BUILTIN_TRADE_IDS as ID } from './1764000000001-seed-source-documents';

/** Ids of the built-in policy records, fixed so that tests and clients can name them. */
export const BUILTIN_POLICY_IDS = {
  rescuePlan: '7a110000-0000-4000-8000-000000000001',
  nationalHandicraftsDocument: '7a110000-0000-4000-8000-000000000002',
  slogan1404: '7a120000-0000-4000-8000-000000000001',
} as const;

const { DERIVED, INFERRED, UNDETERMINED } = DerivationMethod;
const { STATED, REPORTED_SPEECH, CITED_DATA } = AttributionBasis;

const PERIOD_1403: Derivation = {
  field: 'period',
  method: DERIVED,
  statement: '"during the past Persian calendar year (ended on March 20, 2025)": solar year 1403, 2024-03-20 to 2025-03-20.',
};
const CURRENT_PERIOD: Derivation = {
  field: 'period',
  method: INFERRED,
  statement:
    '"annual handicraft exports currently stand at": no year is named; attached to 1403, the last solar year completed when the report appeared (2025-04-21).',
};

const FIGURES: Array<{ id: string; derivations: Derivation[]; attribution: SeedAttribution }> = [
  {
    id: ID.customs1403,
    derivations: [
      PERIOD_1403,
      {
        field: 'channel',
        method: INFERRED,
        statement:
          '"Iran exported $224 million worth of handicrafts … with an equal amount estimated to have been exported through suitcase trade": the report never says "customs"; the amount is read as the recorded exports because it is set against the suitcase estimate.',
      },
      {
        field: 'precision',
        method: DERIVED,
        statement:
          '"$224 million", "based on available data", without "about": EXACT by this graph\'s rule, though it is likely rounded to the million.',
      },
    ],
    attribution: { passage: PASSAGE.exports1403, basis: CITED_DATA, speaker: SPEAKER.minister },
  },
  {
    id: ID.suitcase1403,
    derivations: [
      PERIOD_1403,
      { field: 'valueUsd', method: DERIVED, statement: '"an equal amount": the $224 million of the same sentence.' },
    ],
    attribution: { passage: PASSAGE.exports1403, basis: CITED_DATA, speaker: SPEAKER.minister },
  },
  {
    id: ID.currentCustoms,
    derivations: [
      CURRENT_PERIOD,
      {
        field: 'channel',
        method: INFERRED,
        statement:
          '"annual handicraft exports … about $250 million, with an additional $250 million in informal \'suitcase\' exports": read as the formal, customs exports.',
      },
    ],
    attribution: { passage: PASSAGE.exportsCurrent, basis: CITED_DATA, speaker: SPEAKER.ministryData },
  },
  {
    id: ID.currentSuitcase,
    derivations: [
      CURRENT_PERIOD,
      {
        field: 'precision',
        method: INFERRED,
        statement:
          '"an additional $250 million in informal \'suitcase\' exports": informal trade is not measured at customs, so the figure is read as an estimate.',
      },
    ],
    attribution: { passage: PASSAGE.exportsCurrent, basis: CITED_DATA, speaker: SPEAKER.ministryData },
  },
];

const RESCUE_PLAN_ELEMENTS = [
  'Several chapters for completing the value chain of Persian handicrafts.',
  'Convergence of all agencies (correspondence with various agencies has begun), to materialise eight-percent growth and more jobs and exports in line with the National Handicrafts Document.',
  'Banking facilities, under discussion in the High Employment Council, hoped to become operational in the near future.',
  'Implementation depends on convergence in the Cabinet.',
];

/**
 * The trade records' provenance, per the reports: the four reports' outlets
 * (none named) and credited agencies; who said each figure, target and
 * market size (the $224 million "according to the Minister", the $250
 * million and $770 billion from "data compiled by the Ministry"); which
 * values are derived or inferred; and the policy facts not yet recorded: the
 * rescue plan, the National Handicrafts Document (holding the eight percent
 * target) and the year's slogan.
 */
export class SeedTradeProvenance1764600000001 implements MigrationInterface {
  name = 'SeedTradeProvenance1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await seedProvenance.sources(run, 'trade');

    for (const figure of FIGURES) {
      await run('UPDATE trade.export_figure SET derivations = $2 WHERE id = $1', [figure.id, JSON.stringify(figure.derivations)]);
      await seedProvenance.attributions(run, 'trade', 'export_figure_id', figure.id, [figure.attribution]);
    }

    await run(
      `INSERT INTO trade.policy_document (id, title, kind, status, status_as_of, owner_organization_id, summary, derivations)
       VALUES ($1, 'National Handicrafts Document', 'NATIONAL_DOCUMENT', NULL, NULL, NULL, $2, $3)`,
      [
        BUILTIN_POLICY_IDS.nationalHandicraftsDocument,
        'The document in line with which the rescue plan is to materialise eight-percent growth and more jobs and exports. The report says nothing else of it: not who issued it, when, or for which years.',
        JSON.stringify([
          {
            field: 'growthTargets',
            method: INFERRED,
            statement:
              '"to materialize eight-percent growth, increase jobs and exports in line with National Handicrafts Document": the eight percent is read as a target of the document.',
          },
        ]),
      ],
    );
    await seedProvenance.attributions(run, 'trade', 'policy_document_id', BUILTIN_POLICY_IDS.nationalHandicraftsDocument, [
      { passage: PASSAGE.rescuePlanChapters, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
    ]);
    await run(
      `INSERT INTO trade.policy_document (id, title, kind, status, status_as_of, owner_organization_id, in_line_with_id, summary, elements, derivations)
       VALUES ($1, 'Rescue plan for the handicrafts sector', 'PLAN', 'IN_PREPARATION', $2, $3, $4, $5, $6, $7)`,
      [
        BUILTIN_POLICY_IDS.rescuePlan,
        DOC.rescuePlan.publishedOn,
        ORG.deputyForHandicrafts,
        BUILTIN_POLICY_IDS.nationalHandicraftsDocument,
        'A plan being compiled "to cover various areas particularly in economic field", to boost the handicrafts market.',
        RESCUE_PLAN_ELEMENTS,
        JSON.stringify([
          {
            field: 'ownerOrganization',
            method: INFERRED,
            statement:
              '"We are compiling a rescue plan", said by the Deputy Minister of Handicrafts: recorded as compiled by her deputy ministry.',
          },
          {
            field: 'elements',
            method: INFERRED,
            statement:
              'The chapters on the value chain and the convergence of agencies are said of the plan; the banking facilities ("We are also discussing …") and the Cabinet are said in the same interview without saying they belong to the plan.',
          },
          { field: 'statusAsOf', method: DERIVED, statement: '"We are compiling", in a report dated 2025-04-21.' },
        ]),
      ],
    );
    await seedProvenance.attributions(run, 'trade', 'policy_document_id', BUILTIN_POLICY_IDS.rescuePlan, [
      { passage: PASSAGE.rescuePlanCompiling, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
      { passage: PASSAGE.rescuePlanChapters, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
      { passage: PASSAGE.rescuePlanCabinet, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
      { passage: PASSAGE.rescuePlanBanking, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
      { passage: PASSAGE.rescuePlanMarket, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
    ]);

    await run('UPDATE trade.growth_target SET policy_document_id = $2, derivations = $3 WHERE id = $1', [
      ID.eightPercentTarget,
      BUILTIN_POLICY_IDS.nationalHandicraftsDocument,
      JSON.stringify([
        {
          field: 'document',
          method: INFERRED,
          statement: '"in line with National Handicrafts Document": read as the document that sets the target.',
        },
        {
          field: 'ratePercent',
          method: INFERRED,
          statement:
            '"eight-percent growth": the report says neither of what, from which year nor by when; `targetProgress` compares it with the year-on-year growth of export totals.',
        },
      ]),
    ]);
    await seedProvenance.attributions(run, 'trade', 'growth_target_id', ID.eightPercentTarget, [
      { passage: PASSAGE.rescuePlanChapters, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
    ]);

    await run('UPDATE trade.market_size SET derivations = $2 WHERE id = $1', [
      ID.globalMarket,
      JSON.stringify([
        { field: 'precision', method: INFERRED, statement: '"is valued at $770 billion": a valuation, read as an estimate.' },
        { field: 'period', method: UNDETERMINED, statement: 'The report gives no year for the $770 billion: `period` is null.' },
      ]),
    ]);
    await seedProvenance.attributions(run, 'trade', 'market_size_id', ID.globalMarket, [
      { passage: PASSAGE.globalMarket, basis: CITED_DATA, speaker: SPEAKER.ministryData },
    ]);

    await run(`INSERT INTO trade.year_slogan (id, solar_year, slogan, derivations) VALUES ($1, 1404, 'Investment for Production', $2)`, [
      BUILTIN_POLICY_IDS.slogan1404,
      JSON.stringify([
        {
          field: 'solarYear',
          method: DERIVED,
          statement: '"this year\'s slogan" in reports of April 2025: solar year 1404, which began on 2025-03-21.',
        },
      ]),
    ]);
    await seedProvenance.attributions(run, 'trade', 'year_slogan_id', BUILTIN_POLICY_IDS.slogan1404, [
      { passage: PASSAGE.tvtoSlogan, basis: STATED },
      { passage: PASSAGE.yearName, basis: REPORTED_SPEECH, speaker: SPEAKER.jalaliDehkordi },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE trade.growth_target SET policy_document_id = NULL WHERE id = $1', [ID.eightPercentTarget]);
    await queryRunner.query('DELETE FROM trade.year_slogan WHERE id = $1', [BUILTIN_POLICY_IDS.slogan1404]);
    await queryRunner.query('DELETE FROM trade.policy_document WHERE id = ANY($1)', [
      [BUILTIN_POLICY_IDS.rescuePlan, BUILTIN_POLICY_IDS.nationalHandicraftsDocument],
    ]);
  }
}
