import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The real (not synthetic) artisans by name, for `filter: { isSynthetic:
 * false }`, which would otherwise walk every synthetic artisan to find the few
 * real ones; names in descending order use the indexes on name backwards. The
 * other new orders and filters of training lists need none: an artisan's
 * enrolments are found through the unique (artisan, course) index, a course's
 * by `enrollment_course_idx` (course, enrolment time, id), and a page ranks only
 * its parents' few rows.
 */
export class ListIndexes1765100000000 implements MigrationInterface {
  name = 'ListIndexes1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX artisan_real_name_idx ON training.artisan (name, id) WHERE NOT is_synthetic;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX training.artisan_real_name_idx;
    `);
  }
}
