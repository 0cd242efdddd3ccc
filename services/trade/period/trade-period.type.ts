import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';

import { DateScalar } from '../../shared/platform/graphql';

/** The period a figure is stated for. */
// Part of the record it describes: cached as long as that record.
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({
  description: 'The period a figure is stated for: a Persian solar year with its exact Gregorian dates, or another span of days.',
})
export class TradePeriod {
  @Field(() => Int, {
    nullable: true,
    description:
      'The Persian (solar hijri) year, e.g. 1403, when the period is exactly one such year (Nowruz to the eve of the next Nowruz); null for any other span.',
  })
  solarYear: number | null;

  @Field(() => DateScalar, { description: 'First day of the period (for a solar year: 1 Farvardin, Nowruz).' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day of the period, included (for a solar year: 29 or 30 Esfand).' })
  endsOn: string;
}

/** A period as given in an input: a solar year, or a start and an end date. */
@InputType({
  description:
    'A period: either `solarYear` alone, or `startsOn` and `endsOn` together (a span that is exactly a solar year is recorded as that year).',
})
export class TradePeriodInput {
  @Field(() => Int, { nullable: true, description: 'A Persian solar year, e.g. 1403.' })
  solarYear?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of a span of days.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of a span of days, included.' })
  endsOn?: string | null;
}
