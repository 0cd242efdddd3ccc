import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every training record gets the common columns (`RecordColumns`): whether it is synthetic, when it was written and changed. */
export class RecordColumns1764200000000 implements MigrationInterface {
  name = 'RecordColumns1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE training.organization ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE training.enrollment
        ADD COLUMN is_synthetic boolean NOT NULL DEFAULT false,
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ALTER COLUMN updated_at TYPE timestamptz;
      ALTER TABLE training.certificate
        ADD COLUMN is_synthetic boolean NOT NULL DEFAULT false,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE training.competency_standard
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE training.instructor
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE training.training_centre
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      -- Enrolments and certificates of synthetic artisans are synthetic too.
      UPDATE training.enrollment SET is_synthetic = true
        WHERE artisan_id IN (SELECT id FROM training.artisan WHERE is_synthetic);
      UPDATE training.certificate SET is_synthetic = true
        WHERE enrollment_id IN (SELECT id FROM training.enrollment WHERE is_synthetic);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE training.organization DROP COLUMN updated_at;
      ALTER TABLE training.enrollment DROP COLUMN is_synthetic, DROP COLUMN created_at, ALTER COLUMN updated_at TYPE timestamptz(3);
      ALTER TABLE training.certificate DROP COLUMN is_synthetic, DROP COLUMN updated_at;
      ALTER TABLE training.competency_standard DROP COLUMN created_at, DROP COLUMN updated_at;
      ALTER TABLE training.instructor DROP COLUMN created_at, DROP COLUMN updated_at;
      ALTER TABLE training.training_centre DROP COLUMN created_at, DROP COLUMN updated_at;
    `);
  }
}
