import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the training subgraph: organisations, artisans, courses, enrolments, certificates, agreements and their sources. */
export class CreateTrainingSchema1763700000000 implements MigrationInterface {
  name = 'CreateTrainingSchema1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training.source (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        publisher text NOT NULL,
        published_on date,
        url text
      );

      CREATE TABLE training.organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        name_fa text,
        kind text NOT NULL CHECK (kind IN ('GOVERNMENT_BODY', 'PROVINCIAL_GOVERNMENT', 'COMPANY', 'UNIVERSITY',
          'TRAINING_CENTRE', 'ASSOCIATION', 'INTERNATIONAL_ORGANIZATION')),
        country_code char(2),
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX organization_name_idx ON training.organization (name, id);
      CREATE TABLE training.organization_source (
        organization_id uuid NOT NULL REFERENCES training.organization (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id),
        PRIMARY KEY (organization_id, source_id)
      );

      CREATE TABLE training.artisan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        province_code text NOT NULL,
        craft_slugs text[] NOT NULL DEFAULT '{}',
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX artisan_name_idx ON training.artisan (name, id);
      CREATE INDEX artisan_province_idx ON training.artisan (province_code, name, id);
      CREATE INDEX artisan_crafts_idx ON training.artisan USING gin (craft_slugs);

      CREATE TABLE training.agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        purpose text,
        signed_on date,
        signed_no_later_than date,
        valid_until date,
        extendable boolean,
        extension_terms text,
        financial_obligations boolean,
        financial_terms text,
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (signed_on IS NOT NULL OR signed_no_later_than IS NOT NULL),
        CHECK (valid_until IS NULL OR valid_until >= COALESCE(signed_on, signed_no_later_than))
      );
      CREATE INDEX agreement_signed_idx ON training.agreement ((COALESCE(signed_on, signed_no_later_than)), id);
      CREATE TABLE training.agreement_party (
        agreement_id uuid NOT NULL REFERENCES training.agreement (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES training.organization (id),
        position int NOT NULL,
        represented_by text,
        representative_role text,
        PRIMARY KEY (agreement_id, organization_id)
      );
      CREATE INDEX agreement_party_organization_idx ON training.agreement_party (organization_id);
      CREATE TABLE training.agreement_commitment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES training.agreement (id) ON DELETE CASCADE,
        party_id uuid REFERENCES training.organization (id),
        position int NOT NULL,
        description text NOT NULL CHECK (btrim(description) <> '')
      );
      CREATE INDEX agreement_commitment_agreement_idx ON training.agreement_commitment (agreement_id, position);
      CREATE TABLE training.agreement_source (
        agreement_id uuid NOT NULL REFERENCES training.agreement (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id),
        PRIMARY KEY (agreement_id, source_id)
      );

      CREATE TABLE training.course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (btrim(title) <> ''),
        description text,
        craft_slugs text[] NOT NULL DEFAULT '{}',
        provider_id uuid NOT NULL REFERENCES training.organization (id),
        mode text NOT NULL CHECK (mode IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
        audiences text[] NOT NULL DEFAULT '{}',
        starts_on date,
        ends_on date,
        capacity int CHECK (capacity > 0),
        language text,
        has_final_exam boolean NOT NULL DEFAULT false,
        certificate_issuer_id uuid REFERENCES training.organization (id),
        certificate_internationally_recognized boolean NOT NULL DEFAULT false,
        agreement_id uuid REFERENCES training.agreement (id),
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX course_start_idx ON training.course ((COALESCE(starts_on, 'infinity'::date)), id);
      CREATE INDEX course_provider_idx ON training.course (provider_id);
      CREATE INDEX course_crafts_idx ON training.course USING gin (craft_slugs);
      CREATE TABLE training.course_province (
        course_id uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE,
        province_code text NOT NULL,
        PRIMARY KEY (course_id, province_code)
      );
      CREATE INDEX course_province_province_idx ON training.course_province (province_code, course_id);
      CREATE TABLE training.course_partner (
        course_id uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES training.organization (id),
        position int NOT NULL,
        PRIMARY KEY (course_id, organization_id)
      );
      CREATE TABLE training.course_source (
        course_id uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id),
        PRIMARY KEY (course_id, source_id)
      );

      CREATE TABLE training.enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        artisan_id uuid NOT NULL REFERENCES training.artisan (id),
        course_id uuid NOT NULL REFERENCES training.course (id),
        status text NOT NULL CHECK (status IN ('ENROLLED', 'PASSED', 'FAILED', 'WITHDRAWN')),
        exam_score numeric(5, 2) CHECK (exam_score BETWEEN 0 AND 100),
        -- Millisecond precision, so that a cursor holding a JavaScript Date matches the row exactly.
        enrolled_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (artisan_id, course_id)
      );
      CREATE INDEX enrollment_course_idx ON training.enrollment (course_id, enrolled_at, id);

      CREATE SEQUENCE training.certificate_serial_seq;
      CREATE TABLE training.certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrollment_id uuid NOT NULL UNIQUE REFERENCES training.enrollment (id),
        serial text NOT NULL UNIQUE,
        issuer_id uuid NOT NULL REFERENCES training.organization (id),
        issued_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE training.competency_standard (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        craft_slugs text[] NOT NULL DEFAULT '{}',
        developed_by_id uuid REFERENCES training.organization (id),
        approved_on date,
        is_synthetic boolean NOT NULL DEFAULT false
      );
      CREATE TABLE training.course_competency_standard (
        course_id uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE,
        competency_standard_id uuid NOT NULL REFERENCES training.competency_standard (id),
        PRIMARY KEY (course_id, competency_standard_id)
      );

      CREATE TABLE training.instructor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        affiliation_id uuid REFERENCES training.organization (id),
        craft_slugs text[] NOT NULL DEFAULT '{}',
        is_synthetic boolean NOT NULL DEFAULT false
      );
      CREATE INDEX instructor_name_idx ON training.instructor (name, id);
      CREATE TABLE training.course_instructor (
        course_id uuid NOT NULL REFERENCES training.course (id) ON DELETE CASCADE,
        instructor_id uuid NOT NULL REFERENCES training.instructor (id),
        PRIMARY KEY (course_id, instructor_id)
      );

      CREATE TABLE training.training_centre (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PRIVATE_TRAINING_CENTRE', 'SKILLS_HUB')),
        status text NOT NULL CHECK (status IN ('PLANNED', 'OPERATING', 'CLOSED')),
        province_code text NOT NULL,
        city text,
        licence_number text,
        licensed_by_id uuid REFERENCES training.organization (id),
        licence_valid_until date,
        agreement_id uuid REFERENCES training.agreement (id),
        is_synthetic boolean NOT NULL DEFAULT false
      );
      CREATE INDEX training_centre_name_idx ON training.training_centre (name, id);
      CREATE TABLE training.training_centre_source (
        training_centre_id uuid NOT NULL REFERENCES training.training_centre (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES training.source (id),
        PRIMARY KEY (training_centre_id, source_id)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE training.training_centre_source, training.training_centre, training.course_instructor,
        training.instructor, training.course_competency_standard, training.competency_standard,
        training.certificate, training.enrollment, training.course_source, training.course_partner,
        training.course_province, training.course, training.agreement_source, training.agreement_commitment,
        training.agreement_party, training.agreement, training.artisan, training.organization_source,
        training.organization, training.source;
      DROP SEQUENCE training.certificate_serial_seq;
    `);
  }
}
