import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { CraftSlugScalar, ProvinceCodeScalar } from '../../shared/catalogue';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';

/** How to order a list of artisans. */
export enum ArtisanOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(ArtisanOrder, {
  name: 'ArtisanOrder',
  description: 'How to order artisans.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (the default).' },
    NAME_DESC: { description: 'By name, Z to A.' },
  },
});

/** Which artisans to list. */
@InputType({ description: 'Which artisans to list; all given conditions must hold.' })
export class ArtisanFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, any letter case.' })
  search?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only artisans of this province.' })
  provinceCode?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'Only artisans practising this craft.' })
  craftSlug?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration artisans (true) or only registered ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of artisans. */
@ArgsType()
export class ArtisanListArgs extends PageArgs {
  @Field(() => ArtisanFilter, {
    nullable: true,
    description:
      'Conditions the items must meet; all items when omitted. Only artisans the caller may see in full are listed, whatever the filter.',
  })
  filter?: ArtisanFilter | null;

  @Field(() => ArtisanOrder, { defaultValue: ArtisanOrder.NAME_ASC, description: 'Order of the items.' })
  orderBy: ArtisanOrder;
}

/** A new artisan. */
@InputType({ description: 'A new artisan.' })
export class CreateArtisanInput {
  @Field(() => NonEmptyStringScalar, { description: 'Full name.' })
  name: string;

  @Field(() => ProvinceCodeScalar, { description: 'Province the artisan works in.' })
  provinceCode: string;

  @Field(() => [CraftSlugScalar], { defaultValue: [], description: 'Crafts the artisan practises.' })
  craftSlugs: string[];

  @Field({
    defaultValue: false,
    description: 'Whether the artisan chose to be listed publicly (anyone may then see their personal fields); false unless given.',
  })
  listedPublicly: boolean;
}

/** Changes to an artisan; omitted fields stay as they are. */
@InputType({ description: 'Changes to an artisan; omitted fields stay as they are.' })
export class UpdateArtisanInput {
  @Field(() => ID, { description: 'The artisan to change.' })
  id: string;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'New full name.' })
  name?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'New province.' })
  provinceCode?: string | null;

  @Field(() => [CraftSlugScalar], { nullable: true, description: 'New list of crafts, replacing the old one.' })
  craftSlugs?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the artisan is now listed publicly.' })
  listedPublicly?: boolean | null;
}
