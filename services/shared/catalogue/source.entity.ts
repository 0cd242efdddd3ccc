import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { PublicCacheHint } from '../platform/graphql/cache-hints';
import { DateScalar } from '../platform/graphql/scalars';

/**
 * A citation: the report a real-world fact comes from. Every subgraph keeps
 * its own `source` table in its own schema and links its records to it.
 */
@Entity({ name: 'source' })
@Directive('@shareable')
@PublicCacheHint()
@ObjectType({ description: 'A citation: the published report that a real-world fact comes from.' })
export class Source {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  @Field({ description: 'Headline of the report, or a short description of it where the report carries no headline.' })
  title: string;

  @Column('text')
  @Field({ description: 'The outlet or news agency the report is credited to.' })
  publisher: string;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Publication date; null when the report carries none.' })
  publishedOn: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the report can be read; null when not known.' })
  url: string | null;
}
