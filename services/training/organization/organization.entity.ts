import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { RecordColumns } from '../../shared/platform/database';
import { PublicCacheHint } from '../../shared/platform/graphql';

/** What kind of body an organisation is. */
export enum OrganizationKind {
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  PROVINCIAL_GOVERNMENT = 'PROVINCIAL_GOVERNMENT',
  COMPANY = 'COMPANY',
  UNIVERSITY = 'UNIVERSITY',
  TRAINING_CENTRE = 'TRAINING_CENTRE',
  ASSOCIATION = 'ASSOCIATION',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
}

registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organisation is.',
  valuesConfig: {
    GOVERNMENT_BODY: { description: 'A national ministry, deputy ministry or state organisation.' },
    PROVINCIAL_GOVERNMENT: { description: 'A provincial governorate or provincial directorate.' },
    COMPANY: { description: 'A private company.' },
    UNIVERSITY: { description: 'A university or group of universities.' },
    TRAINING_CENTRE: { description: 'A licensed training centre.' },
    ASSOCIATION: { description: 'An association, union or non-governmental organisation.' },
    INTERNATIONAL_ORGANIZATION: { description: 'A body with members in several countries.' },
  },
});

/** An organisation: provider of courses, party to agreements, organiser of exhibitions. */
@Entity({ name: 'organization' })
@Directive('@key(fields: "id")')
@PublicCacheHint()
@ObjectType({ description: 'A public body, company, university or other organisation active in the handicrafts sector.' })
export class Organization extends RecordColumns {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Column('text')
  @Field({ description: 'Name in English.' })
  name: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in Persian, where known.' })
  nameFa: string | null;

  @Column('text')
  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  kind: OrganizationKind;

  /** Resolved to `country` by the resolver; null for international bodies. */
  @Column('char', { length: 2, nullable: true })
  countryCode: string | null;

  @Field({ description: 'True for generated demonstration data, false for facts from the sources.' })
  override isSynthetic: boolean;
}
