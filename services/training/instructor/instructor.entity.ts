import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';

/** A person who teaches courses. */
@Entity({ name: 'instructor' })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person who teaches courses.' })
export class Instructor extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Full name.' })
  name: string;

  /** Resolved to `affiliation`. */
  @Column('uuid', { nullable: true })
  affiliationId: string | null;

  /** Resolved to `crafts`. */
  @Column('text', { array: true, default: () => "'{}'" })
  craftSlugs: string[];

  @Field({ description: 'True for generated demonstration data (no real person).' })
  override isSynthetic: boolean;
}
