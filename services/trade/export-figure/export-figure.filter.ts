import { applyFilter, type FilterConditions, type FilterTarget, type FilterValues, filterValues } from '../../shared/platform/database';
import { BadUserInputError } from '../../shared/platform/graphql';
import { FIRST_SOLAR_YEAR, isSupportedSolarYear, LAST_SOLAR_YEAR } from '../period/persian-calendar';
import { parseHsCode } from '../reference/craft-code';
import type { ExportFigureFilter } from './export-figure.inputs';

/** The fields of a filter that select single figures by value, which a total cannot honour. */
const VALUE_FIELDS = ['valueUsdFrom', 'valueUsdTo'] as const;

/** How each field of `ExportFigureFilter` restricts a query on alias `figure`. */
const EXPORT_FIGURE_FILTER: FilterConditions<ExportFigureFilter> = {
  solarYears: { where: 'figure.solar_year = ANY(CAST(:solarYears AS int[]))' },
  channel: { equals: 'figure.channel' },
  destinationCode: { equals: 'figure.destination_code' },
  craftSlug: { equals: 'figure.craft_slug' },
  hsCode: { equals: 'figure.hs_code' },
  provinceCode: { equals: 'figure.province_code' },
  isSynthetic: { equals: 'figure.is_synthetic' },
  // Compared as numeric, exactly, whatever the digits of the value.
  valueUsdFrom: { where: 'figure.value_usd >= CAST(:valueUsdFrom AS numeric)' },
  valueUsdTo: { where: 'figure.value_usd <= CAST(:valueUsdTo AS numeric)' },
};

/** An export figure filter as a plain object: every field in a fixed order, null when not given, so that it can key a loader. */
export type ExportFigureFilterValues = FilterValues<ExportFigureFilter>;

/**
 * Throws BAD_USER_INPUT naming the field when the filter holds a solar year
 * outside the accepted years, a code that is not HS, a value range whose end
 * is below its start, or (for totals) a value range at all; writes the code
 * as digits.
 */
export function checkExportFigureFilter(
  filter: ExportFigureFilter | null | undefined,
  argumentName = 'filter',
  use: 'list' | 'totals' = 'list',
): void {
  if (use === 'totals') {
    const valueField = VALUE_FIELDS.find((field) => filter?.[field] !== undefined && filter?.[field] !== null);
    if (valueField) {
      throw new BadUserInputError(
        `${argumentName}.${valueField}`,
        'selects single figures by value and applies only to lists of figures, not to totals.',
      );
    }
  }
  if (filter?.valueUsdFrom && filter.valueUsdTo && hundredths(filter.valueUsdTo) < hundredths(filter.valueUsdFrom)) {
    throw new BadUserInputError(
      `${argumentName}.valueUsdTo`,
      `${filter.valueUsdTo} is below ${argumentName}.valueUsdFrom ${filter.valueUsdFrom}.`,
    );
  }
  if (filter?.hsCode !== undefined && filter.hsCode !== null) {
    const code = parseHsCode(filter.hsCode);
    if (typeof code !== 'string') {
      throw new BadUserInputError(`${argumentName}.hsCode`, code.problem);
    }
    filter.hsCode = code;
  }
  filter?.solarYears?.forEach((year, index) => {
    if (!isSupportedSolarYear(year)) {
      throw new BadUserInputError(
        `${argumentName}.solarYears[${index}]`,
        `must be a solar year from ${FIRST_SOLAR_YEAR} to ${LAST_SOLAR_YEAR}, got ${year}.`,
      );
    }
  });
}

/** Returns the filter as a plain object with every field in a fixed order (null when not given). */
export function exportFigureFilterValues(filter: ExportFigureFilter | null | undefined): ExportFigureFilterValues {
  return filterValues(filter, EXPORT_FIGURE_FILTER);
}

/**
 * Adds the conditions of `filter` to a query on alias `figure` (a query
 * builder, or `SqlConditions` for raw SQL) and returns it.
 */
export function applyExportFigureFilter<TQuery extends FilterTarget>(
  query: TQuery,
  filter: ExportFigureFilter | ExportFigureFilterValues | null | undefined,
): TQuery {
  return applyFilter(query, filter, EXPORT_FIGURE_FILTER);
}

/** Returns a `Decimal` (digits, at most two after the point) in hundredths, exactly. */
function hundredths(decimal: string): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}
