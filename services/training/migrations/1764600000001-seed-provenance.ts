import type { MigrationInterface, QueryRunner } from 'typeorm';

import {
  AttributionBasis,
  BUILTIN_ORGANIZATION_IDS as ORG,
  type Derivation,
  DerivationMethod,
  REPORT_PASSAGES as PASSAGE,
  REPORTED_SPEAKERS as SPEAKER,
  seedProvenance,
  SOURCE_DOCUMENTS as DOC,
} from '../../shared/catalogue';

const CHECHE_MEMORANDUM_ID = '0a9b0000-0000-4000-8000-000000000001';
const TVTO_MEMORANDUM_ID = '0a9b0000-0000-4000-8000-000000000002';
const ILAM_WASIT_MEMORANDUM_ID = '0a9b0000-0000-4000-8000-000000000003';
const CHECHE_COURSE_ID = '0a9c0000-0000-4000-8000-000000000001';
const ISFAHAN_HUB_ID = '0a9d0000-0000-4000-8000-000000000001';
const ILAM_DELEGATION_VISIT_ID = '0a9e0000-0000-4000-8000-000000000001';

const { DERIVED, INFERRED, UNDETERMINED } = DerivationMethod;
const { STATED, REPORTED_SPEECH } = AttributionBasis;

const CHECHE_MEMORANDUM_DERIVATIONS: Derivation[] = [
  {
    field: 'title',
    method: DERIVED,
    statement: 'The report gives the memorandum no title; this one is written from "focusing on advanced training in design and fashion".',
  },
  {
    field: 'signedNoLaterThan',
    method: DERIVED,
    statement: 'The report of 2025-04-19 says the memorandum "has been signed", without a date: signed no later than that day.',
  },
  {
    field: 'validUntil',
    method: UNDETERMINED,
    statement:
      'The report states no term: `term` is NOT_STATED, so whether it is in force after the day it is known to be signed cannot be told.',
  },
];

const TVTO_MEMORANDUM_DERIVATIONS: Derivation[] = [
  {
    field: 'validUntil',
    method: INFERRED,
    statement:
      '"This MoU is valid for three years": counted from the signing on 2025-04-22, which the report does not say, the last day is 2028-04-21.',
  },
  {
    field: 'parties.representativeRole',
    method: UNDETERMINED,
    statement:
      'The report names Maryam Jalali Dehkordi as representing the Deputy of Handicrafts and Traditional Arts without giving her a title; the report of 2025-04-21 calls her the Deputy Minister of Handicrafts (see the attributions there).',
  },
  {
    field: 'commitments.kind',
    method: DERIVED,
    statement:
      'Trainee insurance and coordination with associations and NGOs are "among the other provisions of the agreement": kept as OTHER_PROVISION, not as joint commitments, because the report does not say who is bound.',
  },
];

const ILAM_WASIT_MEMORANDUM_DERIVATIONS: Derivation[] = [
  {
    field: 'title',
    method: DERIVED,
    statement: 'The report gives the proposed memorandum no title; this one says who proposed it and what for.',
  },
  {
    field: 'parties',
    method: INFERRED,
    statement:
      '"a memorandum of understanding be concluded between the two sides": read as the Governorate of Ilam Province and Wasit Governorate, whose officials met; the report names neither as a party.',
  },
  {
    field: 'unsignedAsOf',
    method: DERIVED,
    statement: 'Proposed, "to be reviewed during the governors\' upcoming visit", in a report of 2025-10-11: not signed as of that day.',
  },
  { field: 'validUntil', method: UNDETERMINED, statement: 'A proposal: no term is stated.' },
];

const COURSE_DERIVATIONS: Derivation[] = [
  {
    field: 'title',
    method: DERIVED,
    statement:
      'The report gives the courses no title; this one is written from "specialized online training courses" and the memorandum\'s "design and fashion".',
  },
  {
    field: 'provider',
    method: INFERRED,
    statement:
      'The report announces "a joint plan for specialized handicraft training courses in collaboration with the Italian international company Cheche", held "in cooperation with Italian universities" in classes "led by Italian university professors": it does not say who runs them. Cheche is recorded as provider.',
  },
  {
    field: 'certificateIssuer',
    method: UNDETERMINED,
    statement:
      '"internationally recognized certificates issued by the Italian organizers": Cheche, the Italian universities or both; left null rather than narrowed to one.',
  },
  {
    field: 'agreement',
    method: INFERRED,
    statement:
      'The report mentions the memorandum with Cheche "focusing on advanced training in design and fashion" right after the courses; it does not say the courses are held under it.',
  },
  {
    field: 'partners',
    method: INFERRED,
    statement:
      'The Italian universities are stated ("in cooperation with Italian universities"); the Deputy for Handicrafts is listed as the other party to the memorandum with Cheche.',
  },
  {
    field: 'capacity',
    method: UNDETERMINED,
    statement: 'The report announces no number of places: `capacityStatus` is NOT_ANNOUNCED, not UNLIMITED.',
  },
];

const VISIT_DERIVATIONS: Derivation[] = [
  {
    field: 'heldNoLaterThan',
    method: DERIVED,
    statement: 'The report of 2025-10-11 refers to the visit as past without dating it: held no later than that day.',
  },
  {
    field: 'visitingOrganization',
    method: INFERRED,
    statement:
      '"a cultural delegation from Ilam province", reported by the deputy governor general of Ilam province: recorded as a delegation of the Governorate of Ilam Province.',
  },
  { field: 'hostOrganization', method: INFERRED, statement: '"a meeting with Wasit officials": recorded as Wasit Governorate.' },
];

/**
 * The training records' provenance, per the reports: the four reports'
 * outlets (none named) and credited agencies; who said what each record
 * rests on; which values are derived or inferred; the Cheche memorandum's
 * unstated term and the course's unannounced capacity; the certificate
 * issuer left open ("the Italian organizers"); the two "other provisions"
 * of the memorandum of 2025-04-22 no longer stored as joint commitments;
 * and the Ilam delegation's visit to Wasit with the memorandum it proposed.
 */
export class SeedProvenance1764600000001 implements MigrationInterface {
  name = 'SeedProvenance1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await seedProvenance.sources(run, 'training');
    // Organisations are named by the reports: they state them.
    await run(`UPDATE training.attribution SET basis = 'STATED' WHERE organization_id = ANY($1)`, [Object.values(ORG)]);

    await run(`UPDATE training.agreement SET term = 'NOT_STATED', derivations = $2 WHERE id = $1`, [
      CHECHE_MEMORANDUM_ID,
      JSON.stringify(CHECHE_MEMORANDUM_DERIVATIONS),
    ]);
    await seedProvenance.attributions(run, 'training', 'agreement_id', CHECHE_MEMORANDUM_ID, [
      { passage: PASSAGE.chechePilotMemorandum, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi },
    ]);

    await run(`UPDATE training.agreement SET derivations = $2 WHERE id = $1`, [
      TVTO_MEMORANDUM_ID,
      JSON.stringify(TVTO_MEMORANDUM_DERIVATIONS),
    ]);
    // The report names her as representing the Deputy, with no title of her own.
    await run(`UPDATE training.agreement_party SET representative_role = NULL WHERE agreement_id = $1 AND organization_id = $2`, [
      TVTO_MEMORANDUM_ID,
      ORG.deputyForHandicrafts,
    ]);
    await run(
      `UPDATE training.agreement_commitment
       SET kind = 'OTHER_PROVISION', description = CASE WHEN description LIKE 'Trainee insurance%' THEN 'Trainee insurance.' ELSE 'Coordination with associations and NGOs.' END
       WHERE agreement_id = $1 AND (description LIKE 'Trainee insurance%' OR description LIKE 'Coordination with associations and NGOs%')`,
      [TVTO_MEMORANDUM_ID],
    );
    await seedProvenance.attributions(run, 'training', 'agreement_id', TVTO_MEMORANDUM_ID, [
      { passage: PASSAGE.tvtoSigning, basis: STATED },
      { passage: PASSAGE.tvtoAims, basis: STATED },
      { passage: PASSAGE.tvtoCommitments, basis: STATED },
      { passage: PASSAGE.tvtoJoint, basis: STATED },
      { passage: PASSAGE.tvtoTerm, basis: STATED },
    ]);

    await run(
      `UPDATE training.course SET certificate_issuer_id = NULL, capacity_status = 'NOT_ANNOUNCED', derivations = $2,
         description = replace(description, 'issued by the Italian organisers.', 'issued by "the Italian organizers" (which of them the report does not say).')
       WHERE id = $1`,
      [CHECHE_COURSE_ID, JSON.stringify(COURSE_DERIVATIONS)],
    );
    await seedProvenance.attributions(run, 'training', 'course_id', CHECHE_COURSE_ID, [
      { passage: PASSAGE.jointPlan, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi },
      { passage: PASSAGE.chechePilot, basis: REPORTED_SPEECH, speaker: SPEAKER.izadi },
      { passage: PASSAGE.chechePilotClasses, basis: STATED },
    ]);

    await seedProvenance.attributions(run, 'training', 'training_centre_id', ISFAHAN_HUB_ID, [
      { passage: PASSAGE.tvtoAims, basis: STATED },
    ]);

    await run(
      `INSERT INTO training.official_visit (id, title, description, visiting_organization_id, host_organization_id, country_code, region, city,
         held_no_later_than, topics, outcomes, derivations)
       VALUES ($1, $2, $3, $4, $5, 'IQ', 'Wasit', 'Kut', $6, $7, $8, $9)`,
      [
        ILAM_DELEGATION_VISIT_ID,
        'Visit of a cultural delegation from Ilam province to Wasit province and the city of Kut',
        'A cultural delegation from Ilam province visited Wasit province and the city of Kut and met Wasit officials. The report gives no date, no members and no place of the meeting beyond the province and the city.',
        ORG.ilamProvinceGovernorate,
        ORG.wasitGovernorate,
        DOC.ilamExhibitionInWasit.publishedOn,
        ['Trade', 'Tourism', 'Student issues', 'Exports and imports'],
        [
          'Decisions were made regarding exports and imports (the report does not say which).',
          "A memorandum of understanding between the two sides was proposed, to be reviewed during the governors' upcoming visit.",
          'Wasit officials were invited to Ilam province on a familiarisation tour.',
        ],
        JSON.stringify(VISIT_DERIVATIONS),
      ],
    );
    await seedProvenance.attributions(run, 'training', 'official_visit_id', ILAM_DELEGATION_VISIT_ID, [
      { passage: PASSAGE.ilamVisit, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
      { passage: PASSAGE.ilamWasitMemorandum, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
      { passage: PASSAGE.wasitInvitation, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
    ]);

    await run(
      `INSERT INTO training.agreement (id, title, purpose, stage, unsigned_as_of, term, proposed_at_visit_id, derivations)
       VALUES ($1, $2, $3, 'PROPOSED', $4, 'NOT_STATED', $5, $6)`,
      [
        ILAM_WASIT_MEMORANDUM_ID,
        'Proposed memorandum of understanding between Ilam province and Wasit province',
        "To be reviewed during the governors' upcoming visit and to provide the basis for joint communication and trade development. Proposed, not signed, as of the report.",
        DOC.ilamExhibitionInWasit.publishedOn,
        ILAM_DELEGATION_VISIT_ID,
        JSON.stringify(ILAM_WASIT_MEMORANDUM_DERIVATIONS),
      ],
    );
    for (const [position, organizationId] of [ORG.ilamProvinceGovernorate, ORG.wasitGovernorate].entries()) {
      await run('INSERT INTO training.agreement_party (agreement_id, organization_id, position) VALUES ($1, $2, $3)', [
        ILAM_WASIT_MEMORANDUM_ID,
        organizationId,
        position,
      ]);
    }
    await seedProvenance.attributions(run, 'training', 'agreement_id', ILAM_WASIT_MEMORANDUM_ID, [
      { passage: PASSAGE.ilamWasitMemorandum, basis: REPORTED_SPEECH, speaker: SPEAKER.mirzad },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM training.agreement WHERE id = $1', [ILAM_WASIT_MEMORANDUM_ID]);
    await queryRunner.query('DELETE FROM training.official_visit WHERE id = $1', [ILAM_DELEGATION_VISIT_ID]);
    await queryRunner.query(
      `UPDATE training.course SET certificate_issuer_id = provider_id, capacity_status = 'UNLIMITED', derivations = '[]' WHERE id = $1`,
      [CHECHE_COURSE_ID],
    );
    await queryRunner.query(
      `UPDATE training.agreement_commitment SET kind = 'JOINT' WHERE kind = 'OTHER_PROVISION' AND agreement_id = $1`,
      [TVTO_MEMORANDUM_ID],
    );
    await queryRunner.query(
      `UPDATE training.agreement_party SET representative_role = 'Deputy Minister of Handicrafts' WHERE agreement_id = $1 AND organization_id = $2`,
      [TVTO_MEMORANDUM_ID, ORG.deputyForHandicrafts],
    );
    await queryRunner.query(`UPDATE training.agreement SET derivations = '[]' WHERE id = ANY($1)`, [
      [CHECHE_MEMORANDUM_ID, TVTO_MEMORANDUM_ID],
    ]);
    await queryRunner.query(`UPDATE training.agreement SET term = 'OPEN_ENDED' WHERE id = $1`, [CHECHE_MEMORANDUM_ID]);
  }
}
