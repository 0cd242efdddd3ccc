import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { DecimalScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** A growth target set by a policy document. */
@Entity({ name: 'growth_target' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A growth target that a policy document sets for the sector, with the report that states it.' })
export class GrowthTarget {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'What is to grow, as the source puts it.' })
  description: string;

  @Column('numeric', { precision: 8, scale: 2 })
  @Field(() => DecimalScalar, { description: 'The growth rate aimed at, in percent, e.g. `"8.00"`.' })
  ratePercent: string;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The name of the policy document that sets the target, e.g. the National Handicrafts Document (see `policyDocument`).',
  })
  document: string | null;

  @Column('int', { nullable: true })
  @Field(() => Int, { nullable: true, description: 'Solar year the growth is measured from; null when the source does not say.' })
  baseSolarYear: number | null;

  @Column('int', { nullable: true })
  @Field(() => Int, { nullable: true, description: 'Solar year by which the target is to be met; null when the source does not say.' })
  targetSolarYear: number | null;

  /** Resolved to `sources`. */
  @Column('uuid')
  sourceId: string;

  /** Resolved to `policyDocument`. */
  @Column('uuid', { nullable: true })
  policyDocumentId: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], { description: 'Values not stated word for word by the source: how each was derived or inferred.' })
  derivations: Derivation[];

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: "The source's own words, and what it leaves unsaid." })
  note: string | null;
}
