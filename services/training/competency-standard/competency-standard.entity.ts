import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** A national competency standard: what a practitioner of a craft must be able to do, and the basis of skills assessment. */
@Entity({ name: 'competency_standard' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({
  description: 'A competency standard: what a practitioner of a craft must be able to do; courses teach to it and exams assess it.',
})
export class CompetencyStandard extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Code of the standard, unique.' })
  code: string;

  @Column('text')
  @Field({ description: 'Title.' })
  title: string;

  /** Resolved to `crafts`. */
  @Column('text', { array: true, default: () => "'{}'" })
  craftSlugs: string[];

  /** Resolved to `developedBy`. */
  @Column('uuid', { nullable: true })
  developedById: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Date of approval; null while in development.' })
  approvedOn: string | null;

  @Field({ description: 'True for generated demonstration data.' })
  override isSynthetic: boolean;
}
