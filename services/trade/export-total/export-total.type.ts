import { Field, Float, Int, ObjectType } from 'type-graphql';

import { DecimalScalar, PublicCacheHint } from '../../shared/platform/graphql';
import { ExportChannel } from '../export-figure/export-figure.entity';
import { GrowthTarget } from '../growth-target/growth-target.entity';
import { MarketSizeFigure } from '../market-size/market-size.entity';
import type { ExportTotalsQuery } from './export-totals-query';

/** One group of an export aggregate. */
@PublicCacheHint()
@ObjectType({
  description:
    "The total of one group of export figures (one row of `exportTotals`): the group's key (set only for the dimensions grouped by), its value, its share of all groups, and the figures it adds up.",
})
export class ExportTotal {
  /** The aggregate this group belongs to, for loading its figures. */
  query: ExportTotalsQuery;
  /** Identifies the group within its aggregate. */
  groupKey: string;
  /** Resolved to `destination`. */
  destinationCode: string | null;
  /** Resolved to `craft`. */
  craftSlug: string | null;
  /** Resolved to `province`. */
  provinceCode: string | null;

  @Field(() => Int, { nullable: true, description: 'The Persian solar year; null unless grouped by YEAR.' })
  solarYear: number | null;

  @Field(() => ExportChannel, { nullable: true, description: 'The channel; null unless grouped by CHANNEL.' })
  channel: ExportChannel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When grouped by CRAFT and the group is an HS code shared by several crafts (570210: kilim and jajim), that code; null otherwise.',
  })
  hsCode: string | null;

  @Field(() => DecimalScalar, { description: 'The exact sum of the figures used, in US dollars.' })
  valueUsd: string;

  @Field(() => Float, {
    nullable: true,
    description: "This group's part of the sum of all groups returned, from 0 to 1; null when that sum is zero.",
  })
  share: number | null;

  @Field(() => Int, { description: 'How many figures the total adds up.' })
  figureCount: number;

  @Field({ description: 'Whether any of the figures used is synthetic demonstration data.' })
  includesSynthetic: boolean;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The same group's total for the previous solar year; null unless grouped by YEAR, or when there are no figures for that year.",
  })
  previousYearValueUsd: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Year-on-year growth in percent, from `previousYearValueUsd`; null when there is no previous year to compare with (never made up).',
  })
  growthPercent: number | null;
}

/** How a year's growth compares with a growth target. */
@PublicCacheHint()
@ObjectType({ description: "How a total's year-on-year growth compares with a growth target." })
export class GrowthTargetProgress {
  @Field(() => GrowthTarget, { description: 'The target.' })
  target: GrowthTarget;

  @Field(() => Float, { description: 'The growth aimed at, in percent.' })
  targetPercent: number;

  @Field(() => Float, { description: 'The growth achieved, in percent.' })
  growthPercent: number;

  @Field(() => Float, { description: 'Achieved minus aimed at, in percentage points; negative when short of the target.' })
  differencePercentagePoints: number;

  @Field({ description: 'Whether the growth achieved reaches the target.' })
  met: boolean;
}

/** A total's size next to a market's. */
@PublicCacheHint()
@ObjectType({ description: "A total's value as a part of a market's value." })
export class MarketShare {
  @Field(() => MarketSizeFigure, { description: 'The market, with its source; mind its period, which the source may not state.' })
  market: MarketSizeFigure;

  @Field(() => Float, { description: "The total's value divided by the market's value." })
  share: number;
}
