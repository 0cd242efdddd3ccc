import type { Derivation } from '../../shared/catalogue';
import { likePattern } from '../../shared/platform/database';
import { BadUserInputError, optionalText } from '../../shared/platform/graphql';
import type { TradeContext } from '../context';
import { checkExportFigureFilter } from '../export-figure/export-figure.filter';
import type { ExportFigureFilter } from '../export-figure/export-figure.inputs';
import type { MarketSizeFigure } from '../market-size/market-size.entity';
import { solarYearRange } from '../period/persian-calendar';
import { decimalRatio } from './decimal-ratio';
import type { ExportGrouping, ExportSourceSelector } from './export-total.inputs';
import { ExportTotal, GrowthTargetProgress, MarketShare, UsedDerivation } from './export-total.type';
import { type ExportTotalRow, ExportTotalsQuery } from './export-totals-query';

/** Returns the totals of the export figures matching `filter`, one per group of `groupBy`. */
export async function findExportTotals(
  context: TradeContext,
  filter: ExportFigureFilter | null | undefined,
  groupBy: readonly ExportGrouping[],
  source: ExportSourceSelector | null | undefined,
): Promise<ExportTotal[]> {
  checkExportFigureFilter(filter, 'filter', 'totals');
  const query = new ExportTotalsQuery(filter, groupBy, source ? await findSourceId(context, source) : null);
  const { sql, values } = query.totalsSql();
  const rows: ExportTotalRow[] = await context.dataSource.query(sql, values);
  return rows.map((row) =>
    Object.assign(new ExportTotal(), {
      query,
      groupKey: row.group_key,
      solarYear: row.solar_year ?? null,
      channel: row.channel ?? null,
      destinationCode: row.destination_code ?? null,
      craftSlug: row.craft_slug ?? null,
      hsCode: row.hs_code ?? row.craft_hs_code ?? null,
      provinceCode: row.province_code ?? null,
      valueUsd: row.value_usd,
      share: row.share,
      figureCount: row.figure_count,
      includesSynthetic: row.includes_synthetic,
      usesDerivedValues: row.uses_derived,
      solarYears: row.solar_years,
      previousYearValueUsd: row.previous_value_usd,
      growthPercent: row.growth_percent,
    }),
  );
}

/** Returns how a total's growth compares with each growth target that covers its year; empty without growth. */
export async function growthTargetProgress(context: TradeContext, total: ExportTotal): Promise<GrowthTargetProgress[]> {
  if (total.growthPercent === null || total.solarYear === null) {
    return [];
  }
  const year = total.solarYear;
  const growth = total.growthPercent;
  const targets = await context.loaders.allGrowthTargets.load('all');
  return targets
    .filter(
      (target) =>
        (target.baseSolarYear === null || target.baseSolarYear < year) &&
        (target.targetSolarYear === null || year <= target.targetSolarYear),
    )
    .map((target) => {
      const targetPercent = Number(target.ratePercent);
      return Object.assign(new GrowthTargetProgress(), {
        target,
        targetPercent,
        growthPercent: growth,
        differencePercentagePoints: growth - targetPercent,
        met: growth >= targetPercent,
        derivedValues: usedDerivations('GrowthTarget', target.id, target.derivations),
      });
    });
}

/**
 * Returns a total set against each market size on record: its share when
 * both are for the same single solar year, otherwise no share and the
 * reason. A market of zero value is left out.
 */
export async function marketShares(context: TradeContext, total: ExportTotal): Promise<MarketShare[]> {
  const markets = await context.loaders.allMarketSizes.load('all');
  return markets.flatMap((market) => {
    const ratio = decimalRatio(total.valueUsd, market.valueUsd);
    if (ratio === null) {
      return [];
    }
    const reason = unmatchedPeriodReason(total.solarYears, market);
    return [
      Object.assign(new MarketShare(), {
        market,
        share: reason === null ? ratio : null,
        unavailableReason: reason,
        derivedValues: usedDerivations('MarketSizeFigure', market.id, market.derivations),
      }),
    ];
  });
}

/** Returns why a total for `years` and a market size cannot be compared, or null when both are for the same solar year. */
function unmatchedPeriodReason(years: readonly number[], market: MarketSizeFigure): string | null {
  if (market.periodStartsOn === null || market.periodEndsOn === null) {
    return `The market size (${market.market}) states no period, so its share of a total for solar ${years.length === 1 ? `year ${years[0]}` : 'years'} cannot be told.`;
  }
  if (years.length !== 1) {
    return `The total adds up ${years.length} solar years (${years.join(', ')}); the market size is for ${market.periodStartsOn} to ${market.periodEndsOn}.`;
  }
  const year = solarYearRange(years[0]);
  if (year.startsOn !== market.periodStartsOn || year.endsOn !== market.periodEndsOn) {
    return `The total is for solar year ${years[0]} (${year.startsOn} to ${year.endsOn}); the market size is for ${market.periodStartsOn} to ${market.periodEndsOn}.`;
  }
  return null;
}

/** Returns a record's derivations as values an aggregate used. */
export function usedDerivations(recordType: string, recordId: string, derivations: readonly Derivation[]): UsedDerivation[] {
  return derivations.map((derivation) => Object.assign(new UsedDerivation(), { recordType, recordId, ...derivation }));
}

/** Returns the id of the one source the selector names; throws BAD_USER_INPUT naming `source` when it names none or several. */
async function findSourceId(context: TradeContext, selector: ExportSourceSelector): Promise<string> {
  const titlePart = optionalText(selector.titleContains);
  const matches: Array<{ id: string; title: string; published_on: string | null }> = await context.dataSource.query(
    `SELECT id, title, published_on::text FROM source
     WHERE (lower(publisher) = lower($1) OR EXISTS (SELECT 1 FROM unnest(credits) AS credit WHERE lower(credit) = lower($1))) AND ($2::text IS NULL OR title ILIKE $2) AND ($3::date IS NULL OR published_on = $3)
     ORDER BY published_on NULLS LAST, title`,
    [selector.publisher.trim(), titlePart ? likePattern(titlePart) : null, selector.publishedOn ?? null],
  );
  if (matches.length === 1) {
    return matches[0].id;
  }
  if (matches.length === 0) {
    throw new BadUserInputError('source', `no source published by or crediting ${JSON.stringify(selector.publisher)} matches.`);
  }
  const listed = matches.slice(0, 5).map((match) => `${JSON.stringify(match.title)} (${match.published_on ?? 'undated'})`);
  throw new BadUserInputError('source', `${matches.length} sources match: ${listed.join(', ')}; add titleContains or publishedOn.`);
}
