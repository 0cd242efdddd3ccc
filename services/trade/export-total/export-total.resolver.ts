import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import { countryOf, craftOf, provinceOf } from '../../shared/catalogue';
import { Cost, PublicCacheHint, SlicedListSize } from '../../shared/platform/graphql';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/platform/paging';
import type { TradeContext } from '../context';
import { ExportFigure } from '../export-figure/export-figure.entity';
import { ExportFigureFilter } from '../export-figure/export-figure.inputs';
import { Country } from '../reference/country.type';
import { Craft } from '../reference/craft.type';
import { Province } from '../reference/province.type';
import { ExportGrouping, ExportSourceSelector } from './export-total.inputs';
import { findExportTotals, growthTargetProgress, marketShares, usedDerivations } from './export-total.service';
import { ExportTotal, GrowthTargetProgress, MarketShare, UsedDerivation } from './export-total.type';

/** Export aggregates: totals by group, with shares, growth, targets, markets and the figures used. */
@Resolver(() => ExportTotal)
export class ExportTotalResolver {
  // An aggregate over every figure its filter matches (one by destination and craft took 3.7 s on the
  // benchmark's million figures). At 200 points one operation holds at most 4 (MAX_COST 1,000): 10 at
  // once took trade's pool of 10 connections from other callers, 5 did not.
  @Cost(200)
  @PublicCacheHint()
  @Query(() => [ExportTotal], {
    nullable: true,
    description:
      "Totals of export figures for whole Persian solar years, one per group of `groupBy` (a single total without it). Never adds two sources' figures for the same quantity: by default each quantity uses the figure stated for exactly its period over one described as current, then the more precise (EXACT, APPROXIMATE, ESTIMATED), then the later publication; `source` puts one source first. Never adds a total to its own breakdown: within a group, only the least detailed figures present are used. `figures` lists what was used.",
  })
  exportTotals(
    @Arg('filter', () => ExportFigureFilter, { nullable: true, description: 'Which figures to add up; all when omitted.' })
    filter: ExportFigureFilter | null,
    @Arg('groupBy', () => [ExportGrouping], {
      defaultValue: [],
      description: 'Dimensions to break the total down by, e.g. `[YEAR, DESTINATION]`.',
    })
    groupBy: ExportGrouping[],
    @Arg('source', () => ExportSourceSelector, {
      nullable: true,
      description: "Use this source's figure for every quantity it has one for, instead of the default preference.",
    })
    source: ExportSourceSelector | null,
    @Ctx() context: TradeContext,
  ) {
    return findExportTotals(context, filter, groupBy, source);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The destination country; null unless grouped by DESTINATION.' })
  destination(@Root() total: ExportTotal) {
    return countryOf(total.destinationCode);
  }

  @FieldResolver(() => Craft, {
    nullable: true,
    description: 'The craft; null unless grouped by CRAFT (and null for a group that is a shared HS code, see `hsCode`).',
  })
  craft(@Root() total: ExportTotal) {
    return craftOf(total.craftSlug);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province of origin; null unless grouped by PROVINCE.' })
  province(@Root() total: ExportTotal) {
    return provinceOf(total.provinceCode);
  }

  @SlicedListSize(['first'])
  @FieldResolver(() => [ExportFigure], {
    description:
      'The figures this total adds up, with their sources: the largest first, at most `first` of them (`figureCount` says how many there are).',
  })
  figures(
    @Root() total: ExportTotal,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many figures to return, from 1 to ${MAX_PAGE_SIZE}.` })
    first: number,
    @Ctx() context: TradeContext,
  ) {
    checkPageSize(first);
    return context.loaders.figuresOfTotal.load({ total, first });
  }

  @FieldResolver(() => [UsedDerivation], {
    description:
      'The values of the figures used that their sources do not state word for word (every such figure of the total, not only the first page of `figures`); empty when `usesDerivedValues` is false.',
  })
  async derivedValues(@Root() total: ExportTotal, @Ctx() context: TradeContext) {
    if (!total.usesDerivedValues) {
      return [];
    }
    const figures = await context.loaders.derivedFiguresOfTotal.load(total);
    return figures.flatMap((figure) => usedDerivations('ExportFigure', figure.id, figure.derivations));
  }

  @FieldResolver(() => [GrowthTargetProgress], {
    description:
      'How the year-on-year growth compares with each growth target covering the year; empty when there is no growth to compare (not grouped by YEAR, or no previous year).',
  })
  targetProgress(@Root() total: ExportTotal, @Ctx() context: TradeContext) {
    return growthTargetProgress(context, total);
  }

  @FieldResolver(() => [MarketShare], {
    description:
      'The total set against each market size on record (such as the $770 billion global handicrafts market): a share only where both are for the same solar year, otherwise null with the reason.',
  })
  marketShares(@Root() total: ExportTotal, @Ctx() context: TradeContext) {
    return marketShares(context, total);
  }
}
