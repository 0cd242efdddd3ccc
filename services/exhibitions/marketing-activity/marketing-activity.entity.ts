import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** An organisation marketing Iranian handicrafts, as a report tells it. */
@Entity({ name: 'marketing_activity' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: "An organisation's marketing of Iranian handicrafts (of a province, where stated), as a report tells it." })
export class MarketingActivity extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'What is marketed and by whom, in the words of the report.' })
  description: string;

  /** Resolved to `marketer`; an organisation of the training subgraph. */
  @Column('uuid')
  marketerId: string;

  /** Resolved to `province`. */
  @Column('text', { nullable: true })
  provinceCode: string | null;

  /** Resolved to `market`. */
  @Column('char', { length: 2, nullable: true })
  marketCountryCode: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day by which it had begun (the date of the report that says so); null when not known.',
  })
  begunNoLaterThan: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the report expects to follow, in its words.' })
  outlook: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], {
    description: 'Values not stated word for word by the sources: how each was derived or inferred, or why it is left null.',
  })
  derivations: Derivation[];
}
