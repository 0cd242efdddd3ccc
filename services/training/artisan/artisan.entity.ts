import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';

/**
 * A craftsperson: trains in courses, earns certificates, exhibits. Everything
 * but `id` and `listedPublicly` is personal: `ArtisanResolver` resolves those
 * fields, each guarded by `artisanPersonalData`.
 */
@Entity({ name: 'artisan' })
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A craftsperson who trains, earns certificates and exhibits. Every field but `id` and `listedPublicly` is personal: unless the artisan is listed publicly, a caller without the right to it gets null with a FORBIDDEN error (analysts and admins have it, and partner keys for artisans enrolled, and not withdrawn, in their courses).',
})
export class Artisan extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('boolean', { default: false })
  @Field({
    description:
      'Whether the artisan chose to be listed publicly: then anyone may see the personal fields (not enrolments or certificates). False unless set.',
  })
  listedPublicly: boolean;

  /** Resolved to `name` (personal). */
  @Column('text')
  name: string;

  /** Resolved to `province` (personal). */
  @Column('text')
  provinceCode: string;

  /** Resolved to `crafts` (personal). */
  @Column('text', { array: true, default: () => "'{}'" })
  craftSlugs: string[];
}
