import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance for the training records: a source's publisher apart from the
 * agencies it credits; one `attribution` table (a citation of a source by a
 * record, with who said it, on what basis and in which words) replacing the
 * four link tables; notes on derived values (`derivations`); an agreement's
 * term and stage (proposed or signed) apart from its last day; a commitment
 * apart from an unattributed provision; a course's capacity apart from
 * "not announced"; and official visits.
 */
export class ProvenanceSchema1764600000000 implements MigrationInterface {
  name = 'ProvenanceSchema1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE training.source
        ALTER COLUMN publisher DROP NOT NULL,
        ADD COLUMN credits text[] NOT NULL DEFAULT '{}';

      CREATE TABLE training.official_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text,
        visiting_organization_id uuid REFERENCES training.organization (id),
        host_organization_id uuid REFERENCES training.organization (id),
        country_code char(2) NOT NULL,
        region text,
        city text,
        held_on date,
        held_no_later_than date,
        topics text[] NOT NULL DEFAULT '{}',
        outcomes text[] NOT NULL DEFAULT '{}',
        derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array'),
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (held_on IS NOT NULL OR held_no_later_than IS NOT NULL)
      );

      -- One row per statement a record rests on. Exactly one of the record columns is set (an exclusive arc),
      -- so every citation keeps a foreign key to its record.
      CREATE TABLE training.attribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES training.source (id),
        organization_id uuid REFERENCES training.organization (id) ON DELETE CASCADE,
        course_id uuid REFERENCES training.course (id) ON DELETE CASCADE,
        agreement_id uuid REFERENCES training.agreement (id) ON DELETE CASCADE,
        training_centre_id uuid REFERENCES training.training_centre (id) ON DELETE CASCADE,
        official_visit_id uuid REFERENCES training.official_visit (id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        basis text CHECK (basis IN ('STATED', 'REPORTED_SPEECH', 'CITED_DATA')),
        speaker_name text,
        speaker_role text,
        speaker_organization_id uuid REFERENCES training.organization (id),
        quote text,
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(organization_id, course_id, agreement_id, training_centre_id, official_visit_id) = 1),
        -- Reported speech has someone who spoke.
        CHECK (basis IS DISTINCT FROM 'REPORTED_SPEECH' OR speaker_name IS NOT NULL OR speaker_role IS NOT NULL)
      );
      CREATE INDEX attribution_source_idx ON training.attribution (source_id);
      CREATE INDEX attribution_organization_idx ON training.attribution (organization_id) WHERE organization_id IS NOT NULL;
      CREATE INDEX attribution_course_idx ON training.attribution (course_id) WHERE course_id IS NOT NULL;
      CREATE INDEX attribution_agreement_idx ON training.attribution (agreement_id) WHERE agreement_id IS NOT NULL;
      CREATE INDEX attribution_training_centre_idx ON training.attribution (training_centre_id) WHERE training_centre_id IS NOT NULL;
      CREATE INDEX attribution_official_visit_idx ON training.attribution (official_visit_id) WHERE official_visit_id IS NOT NULL;
      INSERT INTO training.attribution (source_id, organization_id) SELECT source_id, organization_id FROM training.organization_source;
      INSERT INTO training.attribution (source_id, course_id) SELECT source_id, course_id FROM training.course_source;
      INSERT INTO training.attribution (source_id, agreement_id) SELECT source_id, agreement_id FROM training.agreement_source;
      INSERT INTO training.attribution (source_id, training_centre_id) SELECT source_id, training_centre_id FROM training.training_centre_source;
      DROP TABLE training.organization_source, training.course_source, training.agreement_source, training.training_centre_source;

      -- An agreement's term: a last day, open-ended, or not stated (then its status after signing is unknown).
      -- A proposed agreement is not signed: it has no signing date but the date it was last known unsigned.
      ALTER TABLE training.agreement
        ADD COLUMN term text NOT NULL DEFAULT 'OPEN_ENDED' CHECK (term IN ('FIXED', 'OPEN_ENDED', 'NOT_STATED')),
        ADD COLUMN stage text NOT NULL DEFAULT 'SIGNED' CHECK (stage IN ('PROPOSED', 'SIGNED')),
        ADD COLUMN unsigned_as_of date,
        ADD COLUMN proposed_at_visit_id uuid REFERENCES training.official_visit (id),
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array');
      UPDATE training.agreement SET term = 'FIXED' WHERE valid_until IS NOT NULL;
      ALTER TABLE training.agreement ALTER COLUMN term DROP DEFAULT;
    `);
    // The signing-date check of the first migration has a generated name; it now holds for signed agreements only.
    const [signedCheck] = await queryRunner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'training.agreement'::regclass AND contype = 'c'
         AND pg_get_constraintdef(oid) LIKE '%signed_on IS NOT NULL) OR (signed_no_later_than IS NOT NULL%'`,
    );
    await queryRunner.query(`
      ALTER TABLE training.agreement DROP CONSTRAINT "${signedCheck.conname}";
      ALTER TABLE training.agreement
        ADD CONSTRAINT agreement_term_valid_until_check CHECK ((term = 'FIXED') = (valid_until IS NOT NULL)),
        ADD CONSTRAINT agreement_stage_dates_check CHECK (
          (stage = 'SIGNED' AND (signed_on IS NOT NULL OR signed_no_later_than IS NOT NULL) AND unsigned_as_of IS NULL)
          OR (stage = 'PROPOSED' AND signed_on IS NULL AND signed_no_later_than IS NULL AND unsigned_as_of IS NOT NULL AND valid_until IS NULL));
      DROP INDEX training.agreement_signed_idx;
      CREATE INDEX agreement_signed_idx ON training.agreement ((COALESCE(signed_on, signed_no_later_than, unsigned_as_of)), id);

      -- A commitment binds one party or the parties jointly; an "other provision" names no one.
      ALTER TABLE training.agreement_commitment
        ADD COLUMN kind text CHECK (kind IN ('PARTY', 'JOINT', 'OTHER_PROVISION'));
      UPDATE training.agreement_commitment SET kind = CASE WHEN party_id IS NULL THEN 'JOINT' ELSE 'PARTY' END;
      ALTER TABLE training.agreement_commitment
        ALTER COLUMN kind SET NOT NULL,
        ADD CONSTRAINT agreement_commitment_kind_party_check CHECK ((kind = 'PARTY') = (party_id IS NOT NULL));

      -- A course's capacity: a number of seats, unlimited, or not announced.
      ALTER TABLE training.course
        ADD COLUMN capacity_status text CHECK (capacity_status IN ('LIMITED', 'UNLIMITED', 'NOT_ANNOUNCED')),
        ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(derivations) = 'array');
      UPDATE training.course SET capacity_status = CASE WHEN capacity IS NULL THEN 'UNLIMITED' ELSE 'LIMITED' END;
      ALTER TABLE training.course
        ALTER COLUMN capacity_status SET NOT NULL,
        ADD CONSTRAINT course_capacity_status_capacity_check CHECK ((capacity_status = 'LIMITED') = (capacity IS NOT NULL));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE training.course DROP COLUMN capacity_status, DROP COLUMN derivations;
      ALTER TABLE training.agreement_commitment DROP COLUMN kind;
      DELETE FROM training.agreement WHERE stage = 'PROPOSED';
      DROP INDEX training.agreement_signed_idx;
      CREATE INDEX agreement_signed_idx ON training.agreement ((COALESCE(signed_on, signed_no_later_than)), id);
      ALTER TABLE training.agreement
        DROP CONSTRAINT agreement_term_valid_until_check, DROP CONSTRAINT agreement_stage_dates_check,
        DROP COLUMN term, DROP COLUMN stage, DROP COLUMN unsigned_as_of, DROP COLUMN proposed_at_visit_id, DROP COLUMN derivations,
        ADD CHECK (signed_on IS NOT NULL OR signed_no_later_than IS NOT NULL);
      CREATE TABLE training.organization_source (
        organization_id uuid NOT NULL REFERENCES training.organization (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id), PRIMARY KEY (organization_id, source_id));
      CREATE TABLE training.course_source (
        course_id uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id), PRIMARY KEY (course_id, source_id));
      CREATE TABLE training.agreement_source (
        agreement_id uuid NOT NULL REFERENCES training.agreement (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id), PRIMARY KEY (agreement_id, source_id));
      CREATE TABLE training.training_centre_source (
        training_centre_id uuid NOT NULL REFERENCES training.training_centre (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id), PRIMARY KEY (training_centre_id, source_id));
      INSERT INTO training.organization_source SELECT DISTINCT organization_id, source_id FROM training.attribution WHERE organization_id IS NOT NULL;
      INSERT INTO training.course_source SELECT DISTINCT course_id, source_id FROM training.attribution WHERE course_id IS NOT NULL;
      INSERT INTO training.agreement_source SELECT DISTINCT agreement_id, source_id FROM training.attribution WHERE agreement_id IS NOT NULL;
      INSERT INTO training.training_centre_source SELECT DISTINCT training_centre_id, source_id FROM training.attribution WHERE training_centre_id IS NOT NULL;
      DROP TABLE training.attribution, training.official_visit;
      UPDATE training.source SET publisher = credits[1] WHERE publisher IS NULL;
      ALTER TABLE training.source DROP COLUMN credits, ALTER COLUMN publisher SET NOT NULL;
    `);
  }
}
