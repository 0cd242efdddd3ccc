import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trusted documents: the operations registered from clients' persisted-documents manifests, by the SHA-256 of their text. */
export class CreateTrustedDocument1765210000000 implements MigrationInterface {
  name = 'CreateTrustedDocument1765210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access.trusted_document (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        body text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      )
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access.trusted_document');
  }
}
