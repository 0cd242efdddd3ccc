import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { DateScalar } from '../platform/graphql/scalars';

/**
 * A citation: the report a real-world fact comes from. Every subgraph keeps
 * its own `source` table in its own schema, with the same id for the same
 * report, and links its records to it through its `attribution` table. The
 * GraphQL type `Source` is made per subgraph by `defineSourceTypes` (it adds
 * `facts`); these are the fields every subgraph resolves alike.
 */
@Entity({ name: 'source' })
// Fields only: each subgraph's `Source` type extends it (see defineSourceTypes); this class is never emitted itself.
@ObjectType('SourceFields')
export class Source {
  @PrimaryGeneratedColumn('uuid')
  @Directive('@shareable')
  @Field(() => ID, { description: 'Stable identifier, the same in every subgraph.' })
  id: string;

  @Column('text')
  @Directive('@shareable')
  @Field({ description: 'Headline of the report, or a short description in brackets where the report carries no headline.' })
  title: string;

  @Column('text', { nullable: true })
  @Directive('@shareable')
  @Field(() => String, {
    nullable: true,
    description:
      "The outlet that published the report, as the report names it; null when it does not name one. Until the provenance changes this held the agency the report quotes, which is now in `credits`: an agency quoted is not the publisher, and what it is credited for is in each record's `attributions`.",
  })
  publisher: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  @Directive('@shareable')
  @Field(() => [String], {
    description: 'The news agencies the report credits for what it relays (for example `IRNA` in "told IRNA"), in the report\'s words.',
  })
  credits: string[];

  @Column('date', { nullable: true })
  @Directive('@shareable')
  @Field(() => DateScalar, { nullable: true, description: 'Publication date; null when the report carries none.' })
  publishedOn: string | null;

  @Column('text', { nullable: true })
  @Directive('@shareable')
  @Field(() => String, { nullable: true, description: 'Where the report can be read; null when not known.' })
  url: string | null;
}
