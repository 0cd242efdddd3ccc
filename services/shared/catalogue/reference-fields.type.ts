import { Directive, Field, ObjectType } from 'type-graphql';

import { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from './code-scalars';

/**
 * Fields of `Province` that every subgraph resolves from the shared catalogue
 * (hence `@shareable`): a subgraph adds `@key` and its own fields in a subclass.
 */
@ObjectType()
export abstract class ProvinceFields {
  @Field(() => ProvinceCodeScalar, { description: 'ISO 3166-2:IR code, e.g. `IR-02`.' })
  code: string;

  @Directive('@shareable')
  @Field({ description: 'English name.' })
  name: string;

  @Directive('@shareable')
  @Field({ description: 'Persian name.' })
  nameFa: string;
}

/** Fields of `Craft` that every subgraph resolves from the shared catalogue. */
@ObjectType()
export abstract class CraftFields {
  @Field(() => CraftSlugScalar, { description: 'Stable identifier, e.g. `kilim`.' })
  slug: string;

  @Directive('@shareable')
  @Field({ description: 'English name.' })
  name: string;

  @Directive('@shareable')
  @Field({ description: 'Persian name.' })
  nameFa: string;

  @Directive('@shareable')
  @Field(() => [String], {
    description: 'Harmonized System headings (4 digits) or subheadings (6 digits) under which the craft is usually declared at customs.',
  })
  hsCodes: string[];
}

/** Fields of `Country` that every subgraph resolves from ICU's region names. */
@ObjectType()
export abstract class CountryFields {
  @Field(() => CountryCodeScalar, { description: 'ISO 3166-1 alpha-2 code, e.g. `IQ`.' })
  code: string;

  @Directive('@shareable')
  @Field({ description: 'English name.' })
  name: string;
}
