import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';

import { CraftSlugScalar, ProvinceCodeScalar } from '../../shared/catalogue';
import { DateScalar, NonEmptyStringScalar, PositiveIntScalar } from '../../shared/platform/graphql';
import { PageArgs } from '../../shared/platform/paging';
import { CapacityStatus, CourseAudience, DeliveryMode } from './course.entity';

/** How to order a list of courses. */
export enum CourseOrder {
  START_DATE_ASC = 'START_DATE_ASC',
  START_DATE_DESC = 'START_DATE_DESC',
  TITLE_ASC = 'TITLE_ASC',
}

registerEnumType(CourseOrder, {
  name: 'CourseOrder',
  description: 'How to order courses.',
  valuesConfig: {
    START_DATE_ASC: { description: 'Earliest start first, courses without an announced start last (the default).' },
    START_DATE_DESC: { description: 'Latest start first, courses without an announced start last.' },
    TITLE_ASC: { description: 'By title, A to Z.' },
  },
});

/** Which courses to list. */
@InputType({ description: 'Which courses to list; all given conditions must hold.' })
export class CourseFilter {
  @Field(() => String, { nullable: true, description: 'Part of the title, any letter case.' })
  search?: string | null;

  @Field(() => ProvinceCodeScalar, { nullable: true, description: 'Only courses with classes in this province.' })
  provinceCode?: string | null;

  @Field(() => CraftSlugScalar, { nullable: true, description: 'Only courses that teach this craft.' })
  craftSlug?: string | null;

  @Field(() => DeliveryMode, { nullable: true, description: 'Only courses taught this way.' })
  mode?: DeliveryMode | null;

  @Field(() => ID, { nullable: true, description: 'Only courses provided by this organisation.' })
  providerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only courses starting on or after this date.' })
  startsFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only courses starting on or before this date.' })
  startsTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only generated demonstration courses (true) or only real ones (false); both when omitted.',
  })
  isSynthetic?: boolean | null;
}

/** Paging, filter and order of a list of courses. */
@ArgsType()
export class CourseListArgs extends PageArgs {
  @Field(() => CourseFilter, { nullable: true, description: 'Conditions the items must meet; all items when omitted.' })
  filter?: CourseFilter | null;

  @Field(() => CourseOrder, { defaultValue: CourseOrder.START_DATE_ASC, description: 'Order of the items.' })
  orderBy: CourseOrder;
}

/** A new course. */
@InputType({ description: 'A new course.' })
export class CreateCourseInput {
  @Field(() => NonEmptyStringScalar, { description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the course teaches and how.' })
  description?: string | null;

  @Field(() => [CraftSlugScalar], { defaultValue: [], description: 'Crafts it teaches.' })
  craftSlugs: string[];

  @Field(() => ID, { description: 'The organisation that provides it.' })
  providerId: string;

  @Field(() => [ID], { defaultValue: [], description: 'Partner organisations, in the order to show them.' })
  partnerIds: string[];

  @Field(() => DeliveryMode, { description: 'How it is taught.' })
  mode: DeliveryMode;

  @Field(() => [ProvinceCodeScalar], {
    defaultValue: [],
    description: 'Provinces where classes run (several at once for a multi-site course).',
  })
  provinceCodes: string[];

  @Field(() => [CourseAudience], { defaultValue: [], description: 'Who it is meant for.' })
  audiences: CourseAudience[];

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; not before `startsOn`.' })
  endsOn?: string | null;

  @Field(() => PositiveIntScalar, {
    nullable: true,
    description: 'Most active enrolments it takes; omit for no limit or when not announced.',
  })
  capacity?: number | null;

  @Field(() => CapacityStatus, {
    nullable: true,
    description: 'LIMITED with `capacity`; without it UNLIMITED (the default) or NOT_ANNOUNCED.',
  })
  capacityStatus?: CapacityStatus | null;

  @Field(() => String, { nullable: true, description: 'Language of instruction.' })
  language?: string | null;

  @Field({ defaultValue: false, description: 'Whether it ends with a final exam.' })
  hasFinalExam: boolean;

  @Field(() => ID, { nullable: true, description: 'Organisation that issues its certificates; the provider when omitted.' })
  certificateIssuerId?: string | null;

  @Field({ defaultValue: false, description: 'Whether its certificate is internationally recognised.' })
  certificateInternationallyRecognized: boolean;

  @Field(() => ID, { nullable: true, description: 'The agreement under which it runs.' })
  agreementId?: string | null;
}

/** Changes to a course; omitted fields stay as they are, lists given replace the old ones. */
@InputType({ description: 'Changes to a course; omitted fields stay as they are, lists given replace the old ones.' })
export class UpdateCourseInput {
  @Field(() => ID, { description: 'The course to change.' })
  id: string;

  @Field(() => NonEmptyStringScalar, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => [CraftSlugScalar], { nullable: true, description: 'New crafts.' })
  craftSlugs?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'New partner organisations.' })
  partnerIds?: string[] | null;

  @Field(() => DeliveryMode, { nullable: true, description: 'New delivery mode.' })
  mode?: DeliveryMode | null;

  @Field(() => [ProvinceCodeScalar], { nullable: true, description: 'New provinces where classes run.' })
  provinceCodes?: string[] | null;

  @Field(() => [CourseAudience], { nullable: true, description: 'New audiences.' })
  audiences?: CourseAudience[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New last day.' })
  endsOn?: string | null;

  @Field(() => PositiveIntScalar, {
    nullable: true,
    description: 'New capacity; not below the seats already taken. Null for none (see `capacityStatus`).',
  })
  capacity?: number | null;

  @Field(() => CapacityStatus, {
    nullable: true,
    description: 'New capacity status: UNLIMITED or NOT_ANNOUNCED clear `capacity`; LIMITED needs one.',
  })
  capacityStatus?: CapacityStatus | null;

  @Field(() => String, { nullable: true, description: 'New language of instruction.' })
  language?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it ends with a final exam.' })
  hasFinalExam?: boolean | null;
}
