import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';

import { CountryCodeScalar } from '../../shared/catalogue';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { OrganizationKind } from './organization.entity';

/** How to order a list of organisations. */
export enum OrganizationOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(OrganizationOrder, {
  name: 'OrganizationOrder',
  description: 'How to order organisations.',
  valuesConfig: {
    NAME_ASC: { description: 'By English name, A to Z (the default).' },
    NAME_DESC: { description: 'By English name, Z to A.' },
  },
});

/** Which organisations to list. */
@InputType({ description: 'Which organisations to list; all conditions must hold.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the English or Persian name, any letter case.' })
  search?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only organisations of this kind.' })
  kind?: OrganizationKind | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'Only organisations based in this country.' })
  countryCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration organisations (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of organisations. */
@ArgsType()
export class OrganizationListArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrder, { defaultValue: OrganizationOrder.NAME_ASC, description: 'Order of the items.' })
  orderBy: OrganizationOrder;
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
