import type { MigrationInterface, QueryRunner } from 'typeorm';

/** World craft designations get the common columns (`RecordColumns`) that exhibitions already have. */
export class RecordColumns1764200000000 implements MigrationInterface {
  name = 'RecordColumns1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE exhibitions.world_craft_designation
        ADD COLUMN is_synthetic boolean NOT NULL DEFAULT false,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE exhibitions.world_craft_designation DROP COLUMN is_synthetic, DROP COLUMN updated_at');
  }
}
