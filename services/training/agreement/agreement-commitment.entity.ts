import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { PublicCacheHint } from '../../shared/platform/graphql';

/** One thing an agreement commits a party, or the parties jointly, to do. */
@Entity({ name: 'agreement_commitment' })
@PublicCacheHint()
@ObjectType({ description: 'One thing an agreement commits a party, or all parties jointly, to do.' })
export class AgreementCommitment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  agreementId: string;

  /** Resolved to `party`; null for joint commitments. */
  @Column('uuid', { nullable: true })
  partyId: string | null;

  @Column('int')
  position: number;

  @Column('text')
  @Field({ description: 'What is committed to.' })
  description: string;
}
