import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { Derivation } from '../../shared/catalogue';
import { RecordColumns } from '../../shared/platform/database';
import { DateScalar, PublicCacheHint } from '../../shared/platform/graphql';

/** A visit of officials or a delegation to another country or province, and the talks held there. */
@Entity({ name: 'official_visit' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A visit of a delegation or of officials, and the talks held during it, as a report tells it.' })
export class OfficialVisit extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'What the visit was, in a few words (the reports give visits no names).' })
  title: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the report says of the visit, and what it leaves out.' })
  description: string | null;

  /** Resolved to `visitingOrganization`. */
  @Column('uuid', { nullable: true })
  visitingOrganizationId: string | null;

  /** Resolved to `hostOrganization`. */
  @Column('uuid', { nullable: true })
  hostOrganizationId: string | null;

  /** Resolved to `country`. */
  @Column('char', { length: 2 })
  countryCode: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Province, governorate or state visited; null when not stated.' })
  region: string | null;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'City visited; null when not stated.' })
  city: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day of the visit; null when the report does not date it.' })
  heldOn: string | null;

  @Column('date', { nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When `heldOn` is unknown: the day by which it had taken place (the date of the report that tells of it).',
  })
  heldNoLaterThan: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'What was discussed, as the report lists it.' })
  topics: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'What came of the talks, as the report tells it (proposals, invitations, decisions).' })
  outcomes: string[];

  @Column('jsonb', { default: () => "'[]'" })
  @Field(() => [Derivation], { description: 'Values not stated word for word by the sources: how each was derived or inferred.' })
  derivations: Derivation[];
}
