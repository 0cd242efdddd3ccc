import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

import { PublicCacheHint } from '../../shared/platform/graphql';

/** An organisation that signed an agreement, and who signed for it. */
@Entity({ name: 'agreement_party' })
@PublicCacheHint()
@ObjectType({ description: 'An organisation that is party to an agreement, and who represented it.' })
export class AgreementParty {
  @PrimaryColumn('uuid')
  agreementId: string;

  /** Resolved to `organization`. */
  @PrimaryColumn('uuid')
  organizationId: string;

  /** Order of the parties as the agreement lists them. */
  @Column('int')
  position: number;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Who signed for the organisation, where reported.' })
  representedBy: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: "The representative's office, where reported." })
  representativeRole: string | null;
}
