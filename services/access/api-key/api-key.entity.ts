import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { type Role } from '../../shared/platform/auth';
import { RecordColumns } from '../../shared/platform/database';

/** An API key as stored: its public prefix, the SHA-256 of the whole key (never the key), its role and organisation. */
@Entity({ name: 'api_key' })
export class ApiKey extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `hg_` and eight characters: names the key in logs and lists. */
  @Column('text')
  prefix: string;

  @Column('text')
  secretHash: string;

  @Column('text')
  role: Exclude<Role, Role.ANONYMOUS>;

  /** The organisation a partner key acts for; null for other roles. */
  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text')
  name: string;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
