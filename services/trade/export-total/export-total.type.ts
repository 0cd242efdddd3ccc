import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { DerivationMethod } from '../../shared/catalogue';
import { DecimalScalar, PublicCacheHint } from '../../shared/platform/graphql';
import { ExportChannel } from '../export-figure/export-figure.entity';
import { GrowthTarget } from '../growth-target/growth-target.entity';
import { MarketSizeFigure } from '../market-size/market-size.entity';
import type { ExportTotalsQuery } from './export-totals-query';

/** A derived or inferred value that an aggregate used. */
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({
  description:
    'A value that an aggregate used and that its source does not state word for word: which record, which field, and how the value was derived or inferred (see `derivations` of that record).',
})
export class UsedDerivation {
  @Field({ description: 'The GraphQL type of the record, e.g. `ExportFigure`.' })
  recordType: string;

  @Field(() => ID, { description: 'The id of the record.' })
  recordId: string;

  @Field({ description: 'The field of the record.' })
  field: string;

  @Field(() => DerivationMethod, { description: 'Derived, inferred, or left undetermined.' })
  method: DerivationMethod;

  @Field({ description: 'What the source says and how the value was obtained.' })
  statement: string;
}

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
  /** The solar years the figures added up are for, ascending: a market size can be set against a single year only. */
  solarYears: number[];

  @Field(() => Int, { nullable: true, description: 'The Persian solar year; null unless grouped by YEAR.' })
  solarYear: number | null;

  @Field(() => ExportChannel, { nullable: true, description: 'The channel; null unless grouped by CHANNEL.' })
  channel: ExportChannel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When grouped by HS_CODE, the code; when grouped by CRAFT and the group is figures reported under an HS code that covers no single craft (570210: kilim, jajim and other hand-woven rugs; 9503: all toys), that code; null otherwise.',
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

  @Field({
    description:
      'Whether any of the figures used has a value its source does not state word for word (a derived period, an inferred channel…); `derivedValues` lists them.',
  })
  usesDerivedValues: boolean;

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

  @Field(() => [UsedDerivation], {
    description:
      "The target's values that its source does not state word for word, such as reading the rate as year-on-year growth of exports.",
  })
  derivedValues: UsedDerivation[];
}

/** A total's size next to a market's. */
@PublicCacheHint()
@ObjectType({ description: "A total's value as a part of a market's value." })
export class MarketShare {
  @Field(() => MarketSizeFigure, { description: 'The market, with its source and period.' })
  market: MarketSizeFigure;

  @Field(() => Float, {
    nullable: true,
    description:
      "The total's value divided by the market's value, when both are for the same period (one solar year); null otherwise, with the reason in `unavailableReason`. (Until the provenance changes it was never null, whatever the periods.)",
  })
  share: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why `share` is null (the periods do not match, or the market states none); null when there is a share.',
  })
  unavailableReason: string | null;

  @Field(() => [UsedDerivation], { description: "The market size's values that its source does not state word for word." })
  derivedValues: UsedDerivation[];
}
