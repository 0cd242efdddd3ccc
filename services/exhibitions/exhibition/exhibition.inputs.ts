import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { CountryCodeScalar, CraftSlugScalar, ProvinceCodeScalar } from '../../shared/catalogue';
import { DateScalar, NonEmptyStringScalar, PositiveIntScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { ExhibitionKind, ExhibitionStatus } from './exhibition.entity';

/** How to order a list of exhibitions. */
export enum ExhibitionOrder {
  START_DATE_ASC = 'START_DATE_ASC',
  START_DATE_DESC = 'START_DATE_DESC',
}

registerEnumType(ExhibitionOrder, {
  name: 'ExhibitionOrder',
  description:
    'How to order exhibitions. The start date is the opening day, else the earliest day the exhibition can have opened; an exhibition known only to have opened by some date counts as the earliest of all.',
  valuesConfig: {
    START_DATE_ASC: { description: 'Earliest start first.' },
    START_DATE_DESC: { description: 'Latest start first.' },
  },
});

/** Which exhibitions to list. */
@InputType({ description: 'Which exhibitions to list; all given conditions must hold.' })
export class ExhibitionFilter {
  @Field(() => CountryCodeScalar, { nullable: true, description: 'Only exhibitions held in this country.' })
  countryCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only exhibitions held outside Iran; false: only those held in Iran.' })
  heldAbroad?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only exhibitions held in this region (province, governorate or state), any letter case.',
  })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Only exhibitions held in this city, any letter case.' })
  city?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only exhibitions representing this province of Iran.' })
  provinceCode?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'Only exhibitions showing this craft.' })
  craftSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only exhibitions organised by this organisation.' })
  organizerId?: string | null;

  @Field(() => ExhibitionKind, { nullable: true, description: 'Only exhibitions of this kind.' })
  kind?: ExhibitionKind | null;

  @Field(() => ExhibitionStatus, {
    nullable: true,
    description:
      'Only exhibitions with this status on `statusOn`; exhibitions whose status the sources cannot tell on that date are left out.',
  })
  status?: ExhibitionStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date `status` is judged on; today in Tehran when omitted. Needs `status`.' })
  statusOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only exhibitions known to open on or after this date; one known to open within a window matches only when the whole window does.',
  })
  startsFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only exhibitions known to open on or before this date; one known to open within a window matches only when the whole window does.',
  })
  startsTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration exhibitions (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of exhibitions. */
@ArgsType()
export class ExhibitionListArgs extends PageArgs {
  @Field(() => ExhibitionFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: ExhibitionFilter | null;

  @Field(() => ExhibitionOrder, { defaultValue: ExhibitionOrder.START_DATE_ASC, description: 'Order of the items.' })
  orderBy: ExhibitionOrder;
}

/** A new exhibition. */
@InputType({ description: 'A new exhibition. Give its opening day, or the window it opens in when the day is not known.' })
export class CreateExhibitionInput {
  @Field(() => NonEmptyStringScalar, { description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for, and what is not known about it.' })
  description?: string | null;

  @Field(() => ExhibitionKind, { description: 'National or international; an exhibition held outside Iran is INTERNATIONAL.' })
  kind: ExhibitionKind;

  @Field(() => CountryCodeScalar, { description: 'Country where it is held.' })
  countryCode: string;

  @Field(() => String, { nullable: true, description: 'Province, governorate or state where it is held.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'City where it is held.' })
  city?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Opening day.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; not before the opening day (or the start of its window).' })
  endsOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the opening day is not known: the earliest day it can open. Not with `startsOn`.',
  })
  startsNoEarlierThan?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the opening day is not known: the day by which it opens. Not with `startsOn`.',
  })
  startsNoLaterThan?: string | null;

  @Field(() => String, { nullable: true, description: 'How the sources date it, where that is less than exact days.' })
  datesAsReported?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'The province of Iran it represents, if any.' })
  provinceCode?: string | null;

  @Field(() => [CraftSlugScalar], { defaultValue: [], description: 'Crafts shown, in the order to list them.' })
  craftSlugs: string[];

  @Field(() => ID, { nullable: true, description: 'The organisation that organises it.' })
  organizerId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Partner organisations, in the order to show them.' })
  partnerIds: string[];

  @Field(() => PositiveIntScalar, {
    nullable: true,
    description: 'How many exhibitors a report or the organiser gives, registered here or not.',
  })
  reportedExhibitorCount?: number | null;
}

/** Changes to an exhibition; omitted fields stay as they are, lists given replace the old ones. */
@InputType({
  description:
    'Changes to an exhibition; omitted fields stay as they are, null clears an optional field, lists given replace the old ones. A new `startsOn` replaces a window unless a window is given too.',
})
export class UpdateExhibitionInput {
  @Field(() => ID, { description: 'The exhibition to change.' })
  id: string;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => ExhibitionKind, { nullable: true, description: 'New kind.' })
  kind?: ExhibitionKind | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'New host country.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'New region.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'New city.' })
  city?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New opening day.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New last day.' })
  endsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New earliest possible opening day.' })
  startsNoEarlierThan?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New day by which it opens.' })
  startsNoLaterThan?: string | null;

  @Field(() => String, { nullable: true, description: 'New wording of the dates as reported.' })
  datesAsReported?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'New province it represents.' })
  provinceCode?: string | null;

  @Field(() => [CraftSlugScalar], { nullable: true, description: 'New crafts shown.' })
  craftSlugs?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'New organiser.' })
  organizerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'New partner organisations.' })
  partnerIds?: string[] | null;

  @Field(() => PositiveIntScalar, { nullable: true, description: 'New reported number of exhibitors.' })
  reportedExhibitorCount?: number | null;
}

/** Cancels an exhibition. */
@InputType({ description: 'Cancels an exhibition that has not ended; it stays listed, with status CANCELLED from today.' })
export class CancelExhibitionInput {
  @Field(() => ID, { description: 'The exhibition to cancel.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why it is cancelled.' })
  reason?: string | null;
}
