import { Field, ID, InputType } from 'type-graphql';

import { CraftSlugScalar, ProvinceCodeScalar } from '../../shared/catalogue';
import { NonEmptyStringScalar } from '../../shared/platform/graphql';

/** Which artisans to list. */
@InputType({ description: 'Which artisans to list; all given conditions must hold.' })
export class ArtisanFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, any letter case.' })
  search?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only artisans of this province.' })
  provinceCode?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'Only artisans practising this craft.' })
  craftSlug?: string | null;
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
