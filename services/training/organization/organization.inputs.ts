import { Field, InputType } from 'type-graphql';

import { CountryCodeScalar } from '../../shared/catalogue';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { OrganizationKind } from './organization.entity';

/** Which organisations to list. */
@InputType({ description: 'Which organisations to list; all conditions must hold.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the English or Persian name, any letter case.' })
  search?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only organisations of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Only organisations based in this country.' })
  countryCode?: string | null;
}

/** A new organisation. */
@InputType({ description: 'A new organisation.' })
export class CreateOrganizationInput {
  @Field(() => NonEmptyStringScalar, { description: 'Name in English.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in Persian.' })
  nameFa?: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of body it is.' })
  kind: OrganizationKind;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Country it is based in; omit for international bodies.' })
  countryCode?: string | null;
}
