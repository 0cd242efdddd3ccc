import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Artisans choose whether they are listed publicly (`Artisan.listedPublicly`):
 * nobody is, unless it is set. Lists of artisans for callers who may not read
 * everything filter on it, hence the partial index.
 */
export class ArtisanListedPublicly1764900000000 implements MigrationInterface {
  name = 'ArtisanListedPublicly1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE training.artisan ADD COLUMN listed_publicly boolean NOT NULL DEFAULT false;
      CREATE INDEX artisan_listed_publicly_name_idx ON training.artisan (name, id) WHERE listed_publicly;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX training.artisan_listed_publicly_name_idx;
      ALTER TABLE training.artisan DROP COLUMN listed_publicly;
    `);
  }
}
