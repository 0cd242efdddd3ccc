import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { PublicCacheHint } from '../../shared/platform/graphql';

/** Who an item of an agreement binds. */
export enum CommitmentKind {
  PARTY = 'PARTY',
  JOINT = 'JOINT',
  OTHER_PROVISION = 'OTHER_PROVISION',
}

registerEnumType(CommitmentKind, {
  name: 'CommitmentKind',
  description: 'Who an item of an agreement binds.',
  valuesConfig: {
    PARTY: { description: 'One party (`party`).' },
    JOINT: { description: 'The parties jointly, as the source says.' },
    OTHER_PROVISION: {
      description: 'A provision the source lists without saying who is bound (for example "among the other provisions").',
    },
  },
});

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
  @Field(() => CommitmentKind, { description: 'Whether it binds one party, the parties jointly, or is a provision that names no one.' })
  kind: CommitmentKind;

  @Column('text')
  @Field({ description: 'What is committed to.' })
  description: string;
}
