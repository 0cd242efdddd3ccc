import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A craftsperson: trains in courses, earns certificates, exhibits. */
@Entity({ name: 'artisan' })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A craftsperson who trains, earns certificates and exhibits.' })
export class Artisan {
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

  @Column('boolean', { default: false })
  @Field({ description: 'True for generated demonstration data (no real person), false for a registered artisan.' })
  isSynthetic: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
