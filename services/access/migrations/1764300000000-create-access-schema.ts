import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables of the access subgraph: API keys (stored hashed) and the audit trail of mutations. */
export class CreateAccessSchema1764300000000 implements MigrationInterface {
  name = 'CreateAccessSchema1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access.api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        prefix text NOT NULL UNIQUE CHECK (prefix ~ '^hg_[a-z0-9]{8}$'),
        secret_hash text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        role text NOT NULL CHECK (role IN ('PARTNER', 'ANALYST', 'ADMIN')),
        organization_id uuid,
        name text NOT NULL CHECK (btrim(name) <> ''),
        revoked_at timestamptz,
        is_synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'PARTNER') = (organization_id IS NOT NULL))
      );

      CREATE TABLE access.audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('ANONYMOUS', 'PARTNER', 'ANALYST', 'ADMIN')),
        organization_id uuid,
        key_name text,
        key_prefix text,
        operation_name text,
        mutation text NOT NULL,
        target_ids text[] NOT NULL DEFAULT '{}',
        outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'REFUSED', 'DENIED', 'FAILED')),
        error_codes text[] NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_event_order_idx ON access.audit_event (occurred_at DESC, id DESC);
      CREATE INDEX audit_event_organization_idx ON access.audit_event (organization_id, occurred_at DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access.audit_event; DROP TABLE access.api_key;');
  }
}
