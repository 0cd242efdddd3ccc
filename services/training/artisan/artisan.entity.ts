import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';

/** A craftsperson: trains in courses, earns certificates, exhibits. */
@Entity({ name: 'artisan' })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A craftsperson who trains, earns certificates and exhibits.' })
export class Artisan extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Full name.' })
  name: string;

  /** Resolved to `province`. */
  @Column('text')
  provinceCode: string;

  /** Resolved to `crafts`. */
  @Column('text', { array: true, default: () => "'{}'" })
  craftSlugs: string[];

  @Field({ description: 'True for generated demonstration data (no real person), false for a registered artisan.' })
  override isSynthetic: boolean;
}
