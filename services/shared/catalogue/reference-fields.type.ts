import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from './code-scalars';

/**
 * Fields of `Province` that every subgraph resolves from the shared catalogue
 * (hence `@shareable`): a subgraph adds `@key` and its own fields in a subclass.
 */
@ObjectType()
export abstract class ProvinceFields {
  @Field(() => ID, {
    description: 'Global id, e.g. `Province:IR-02`: opaque, for `node(id:)` and client caches (`code` is the key arguments take).',
  })
  id: string;

  @Field(() => ProvinceCodeScalar, { description: 'ISO 3166-2:IR code, e.g. `IR-02`.' })
  code: string;

  @Directive('@shareable')
  @Field({ description: 'English name.' })
  name: string;

  @Directive('@shareable')
  @Field({ description: 'Persian name.' })
  nameFa: string;
}

/** An HS code a craft is declared under. */
@Directive('@shareable')
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'A Harmonized System code (HS 2022) a craft is declared under at customs, and how much more it covers.' })
export class CraftHsCode {
  @Field({ description: 'The heading (4 digits) or subheading (6 digits).' })
  code: string;

  @Field(() => String, { nullable: true, description: "UN Comtrade's short description of the code (HS 2022)." })
  description: string | null;

  @Field({
    description:
      'Whether the code covers this craft and nothing else. Only then does a figure reported under the code alone count towards the craft; codes broader than the craft (all toys, all cotton fabric) do not.',
  })
  coversOnlyThisCraft: boolean;
}

/** Fields of `Craft` that every subgraph resolves from the shared catalogue. */
@ObjectType()
export abstract class CraftFields {
  @Field(() => ID, {
    description: 'Global id, e.g. `Craft:kilim`: opaque, for `node(id:)` and client caches (`slug` is the key arguments take).',
  })
  id: string;

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
    description:
      'Harmonized System headings (4 digits) or subheadings (6 digits) under which the craft is usually declared at customs; see `hsClassification` for how much more each covers.',
  })
  hsCodes: string[];

  @Directive('@shareable')
  @Field(() => [CraftHsCode], {
    description: 'The codes of `hsCodes` with their HS 2022 descriptions (UN Comtrade) and whether each covers this craft alone.',
  })
  hsClassification: CraftHsCode[];
}

/** Fields of `Country` that every subgraph resolves from ICU's region names. */
@ObjectType()
export abstract class CountryFields {
  @Field(() => ID, {
    description: 'Global id, e.g. `Country:IQ`: opaque, for `node(id:)` and client caches (`code` is the key arguments take).',
  })
  id: string;

  @Field(() => CountryCodeScalar, { description: 'ISO 3166-1 alpha-2 code, e.g. `IQ`.' })
  code: string;

  @Directive('@shareable')
  @Field({ description: 'English name.' })
  name: string;
}
