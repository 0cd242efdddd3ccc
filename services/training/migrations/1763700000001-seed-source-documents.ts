import type { MigrationInterface, QueryRunner } from 'typeorm';

import { BUILTIN_ORGANIZATION_IDS as ORG, SOURCE_DOCUMENTS as DOC } from '../../shared/catalogue';

const CHECHE_MEMORANDUM_ID = '0a9b0000-0000-4000-8000-000000000001';
const TVTO_MEMORANDUM_ID = '0a9b0000-0000-4000-8000-000000000002';
const CHECHE_COURSE_ID = '0a9c0000-0000-4000-8000-000000000001';
const ISFAHAN_HUB_ID = '0a9d0000-0000-4000-8000-000000000001';

const ORGANIZATIONS = [
  {
    id: ORG.ministryOfCulturalHeritage,
    name: 'Ministry of Cultural Heritage, Tourism and Handicrafts',
    nameFa: 'وزارت میراث فرهنگی، گردشگری و صنایع دستی',
    kind: 'GOVERNMENT_BODY',
    country: 'IR',
    sources: [DOC.chechePilotCourses, DOC.tvtoMemorandum, DOC.rescuePlan],
  },
  {
    id: ORG.deputyForHandicrafts,
    name: 'Deputy of Handicrafts and Traditional Arts, Ministry of Cultural Heritage, Tourism and Handicrafts',
    nameFa: 'معاونت صنایع دستی و هنرهای سنتی',
    kind: 'GOVERNMENT_BODY',
    country: 'IR',
    sources: [DOC.chechePilotCourses, DOC.tvtoMemorandum, DOC.rescuePlan],
  },
  {
    id: ORG.technicalAndVocationalTrainingOrganization,
    name: 'Technical and Vocational Training Organization',
    nameFa: 'سازمان آموزش فنی و حرفه‌ای کشور',
    kind: 'GOVERNMENT_BODY',
    country: 'IR',
    sources: [DOC.tvtoMemorandum],
  },
  { id: ORG.cheche, name: 'Cheche', nameFa: null, kind: 'COMPANY', country: 'IT', sources: [DOC.chechePilotCourses] },
  {
    id: ORG.italianPartnerUniversities,
    name: 'Italian universities (not named in the source)',
    nameFa: null,
    kind: 'UNIVERSITY',
    country: 'IT',
    sources: [DOC.chechePilotCourses],
  },
  {
    id: ORG.ilamProvinceGovernorate,
    name: 'Governorate of Ilam Province',
    nameFa: 'استانداری ایلام',
    kind: 'PROVINCIAL_GOVERNMENT',
    country: 'IR',
    sources: [DOC.ilamExhibitionInWasit],
  },
  {
    id: ORG.wasitGovernorate,
    name: 'Wasit Governorate',
    nameFa: null,
    kind: 'PROVINCIAL_GOVERNMENT',
    country: 'IQ',
    sources: [DOC.ilamExhibitionInWasit],
  },
  {
    id: ORG.worldCraftsCouncil,
    name: 'World Crafts Council',
    nameFa: 'شورای جهانی صنایع دستی',
    kind: 'INTERNATIONAL_ORGANIZATION',
    country: null,
    sources: [DOC.rescuePlan],
  },
];

const TVTO_COMMITMENTS: Array<[string | null, string]> = [
  [ORG.deputyForHandicrafts, 'Conduct training needs assessments.'],
  [ORG.deputyForHandicrafts, 'Introduce experts to develop standards.'],
  [ORG.deputyForHandicrafts, "Support the market presence of trainees' products in fairs and exhibitions."],
  [ORG.deputyForHandicrafts, 'Participate in national and international skills competitions.'],
  [ORG.technicalAndVocationalTrainingOrganization, 'Deliver training courses based on national and international standards.'],
  [ORG.technicalAndVocationalTrainingOrganization, 'Assess skills and professional qualifications.'],
  [ORG.technicalAndVocationalTrainingOrganization, 'Involve handicraft experts in the development of standards and exams.'],
  [ORG.technicalAndVocationalTrainingOrganization, 'License private training centres for artists.'],
  [null, 'Develop standards and educational resources.'],
  [null, 'Design refresher courses for instructors.'],
  [null, 'Organise training workshops.'],
  [null, 'Conduct practical exams.'],
  [null, 'Create a shared database.'],
  [null, 'Trainee insurance (listed among the other provisions of the agreement).'],
  [null, 'Coordination with associations and NGOs (listed among the other provisions of the agreement).'],
];

/**
 * The training facts of the four source reports, each linked to its report:
 * the organisations, the memorandum with Cheche and the online design-and-fashion
 * courses it led to, the memorandum with the Technical and Vocational Training
 * Organization with its commitments, and the planned Isfahan skills hub.
 */
export class SeedSourceDocuments1763700000001 implements MigrationInterface {
  name = 'SeedSourceDocuments1763700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const query = (sql: string, parameters: unknown[]) => queryRunner.query(sql, parameters);
    for (const document of Object.values(DOC)) {
      await query('INSERT INTO training.source (id, title, publisher, published_on, url) VALUES ($1, $2, $3, $4, $5)', [
        document.id,
        document.title,
        document.publisher,
        document.publishedOn,
        document.url,
      ]);
    }
    for (const organization of ORGANIZATIONS) {
      await query('INSERT INTO training.organization (id, name, name_fa, kind, country_code) VALUES ($1, $2, $3, $4, $5)', [
        organization.id,
        organization.name,
        organization.nameFa,
        organization.kind,
        organization.country,
      ]);
      for (const source of organization.sources) {
        await query('INSERT INTO training.organization_source (organization_id, source_id) VALUES ($1, $2)', [organization.id, source.id]);
      }
    }

    await query(
      `INSERT INTO training.agreement (id, title, purpose, signed_on, signed_no_later_than, valid_until, extendable,
         extension_terms, financial_obligations, financial_terms)
       VALUES ($1, $2, $3, NULL, '2025-04-19', NULL, NULL, NULL, NULL, NULL)`,
      [
        CHECHE_MEMORANDUM_ID,
        'Memorandum of understanding on advanced training in design and fashion',
        'Advanced training in design and fashion for handicraft professionals, with Mazandaran as the pilot province. The report gives no signing date, term or financial clauses.',
      ],
    );
    await this.insertParties(queryRunner, CHECHE_MEMORANDUM_ID, [
      [ORG.deputyForHandicrafts, null, null],
      [ORG.cheche, null, null],
    ]);
    await query('INSERT INTO training.agreement_source (agreement_id, source_id) VALUES ($1, $2)', [
      CHECHE_MEMORANDUM_ID,
      DOC.chechePilotCourses.id,
    ]);

    await query(
      `INSERT INTO training.agreement (id, title, purpose, signed_on, signed_no_later_than, valid_until, extendable,
         extension_terms, financial_obligations, financial_terms)
       VALUES ($1, $2, $3, '2025-04-22', NULL, '2028-04-21', true, $4, false, $5)`,
      [
        TVTO_MEMORANDUM_ID,
        'Cooperation memorandum between the Deputy of Handicrafts and the Technical and Vocational Training Organization',
        'Expand production-oriented and practical training in handicrafts, revive fading crafts, empower professionals, train specialised instructors, create employment, encourage reverse migration to national and global craft-designated villages, promote entrepreneurship, organise product exhibitions, develop competency standards, assess professional qualifications, and establish a handicraft skills hub in Isfahan, a UNESCO Creative City.',
        'Valid for three years from signature; can be extended upon mutual agreement.',
        'Signing creates no specific financial obligations; costs will be determined through separate contracts.',
      ],
    );
    await this.insertParties(queryRunner, TVTO_MEMORANDUM_ID, [
      [ORG.deputyForHandicrafts, 'Maryam Jalali Dehkordi', 'Deputy Minister of Handicrafts'],
      [
        ORG.technicalAndVocationalTrainingOrganization,
        'Gholamhossein Mohammadi',
        'Deputy Minister of Cooperatives, Labour, and Social Welfare',
      ],
    ]);
    for (const [position, [partyId, description]] of TVTO_COMMITMENTS.entries()) {
      await query('INSERT INTO training.agreement_commitment (agreement_id, party_id, position, description) VALUES ($1, $2, $3, $4)', [
        TVTO_MEMORANDUM_ID,
        partyId,
        position,
        description,
      ]);
    }
    await query('INSERT INTO training.agreement_source (agreement_id, source_id) VALUES ($1, $2)', [
      TVTO_MEMORANDUM_ID,
      DOC.tvtoMemorandum.id,
    ]);

    await query(
      `INSERT INTO training.course (id, title, description, provider_id, mode, audiences, has_final_exam,
         certificate_issuer_id, certificate_internationally_recognized, agreement_id)
       VALUES ($1, $2, $3, $4, 'ONLINE', '{PROFESSIONALS,UNIVERSITY_GRADUATES}', true, $4, true, $5)`,
      [
        CHECHE_COURSE_ID,
        'Specialised online training in design and fashion for handicrafts',
        'Online courses for handicraft professionals and university graduates, held simultaneously in Tehran and Mazandaran through virtual classes led by Italian university professors, in cooperation with Italian universities. Mazandaran is the pilot province. Participants who pass the final exams receive internationally recognised certificates issued by the Italian organisers. Dates, capacity and language were not announced.',
        ORG.cheche,
        CHECHE_MEMORANDUM_ID,
      ],
    );
    for (const provinceCode of ['IR-02', 'IR-23']) {
      await query('INSERT INTO training.course_province (course_id, province_code) VALUES ($1, $2)', [CHECHE_COURSE_ID, provinceCode]);
    }
    for (const [position, organizationId] of [ORG.italianPartnerUniversities, ORG.deputyForHandicrafts].entries()) {
      await query('INSERT INTO training.course_partner (course_id, organization_id, position) VALUES ($1, $2, $3)', [
        CHECHE_COURSE_ID,
        organizationId,
        position,
      ]);
    }
    await query('INSERT INTO training.course_source (course_id, source_id) VALUES ($1, $2)', [CHECHE_COURSE_ID, DOC.chechePilotCourses.id]);

    await query(
      `INSERT INTO training.training_centre (id, name, kind, status, province_code, city, agreement_id)
       VALUES ($1, 'Handicraft skills hub in Isfahan', 'SKILLS_HUB', 'PLANNED', 'IR-10', 'Isfahan', $2)`,
      [ISFAHAN_HUB_ID, TVTO_MEMORANDUM_ID],
    );
    await query('INSERT INTO training.training_centre_source (training_centre_id, source_id) VALUES ($1, $2)', [
      ISFAHAN_HUB_ID,
      DOC.tvtoMemorandum.id,
    ]);
  }

  private async insertParties(
    queryRunner: QueryRunner,
    agreementId: string,
    parties: Array<[string, string | null, string | null]>,
  ): Promise<void> {
    for (const [position, [organizationId, representedBy, representativeRole]] of parties.entries()) {
      await queryRunner.query(
        'INSERT INTO training.agreement_party (agreement_id, organization_id, position, represented_by, representative_role) VALUES ($1, $2, $3, $4, $5)',
        [agreementId, organizationId, position, representedBy, representativeRole],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM training.training_centre WHERE id = $1', [ISFAHAN_HUB_ID]);
    await queryRunner.query('DELETE FROM training.course WHERE id = $1', [CHECHE_COURSE_ID]);
    await queryRunner.query('DELETE FROM training.agreement WHERE id = ANY($1)', [[CHECHE_MEMORANDUM_ID, TVTO_MEMORANDUM_ID]]);
    await queryRunner.query('DELETE FROM training.organization WHERE id = ANY($1)', [ORGANIZATIONS.map((organization) => organization.id)]);
    await queryRunner.query('DELETE FROM training.source WHERE id = ANY($1)', [Object.values(DOC).map((document) => document.id)]);
  }
}
