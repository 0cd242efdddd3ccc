import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events keep their time to the millisecond, as a cursor holds it: with
 * microseconds, events written in the same statement (one request's mutations
 * share its `now()`) were skipped or repeated when paging across them.
 */
export class AuditEventMillisecondTime1765100000000 implements MigrationInterface {
  name = 'AuditEventMillisecondTime1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE access.audit_event ALTER COLUMN occurred_at TYPE timestamptz(3)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE access.audit_event ALTER COLUMN occurred_at TYPE timestamptz');
  }
}
