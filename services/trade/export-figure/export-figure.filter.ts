import { BadUserInputError } from '../../shared/platform/graphql';
import { FIRST_SOLAR_YEAR, isSupportedSolarYear, LAST_SOLAR_YEAR } from '../period/persian-calendar';
import { parseHsCode } from '../reference/craft-code';
import type { ExportFigureFilter } from './export-figure.inputs';

/** Returns the placeholder for a value bound to the statement, e.g. `$3` or `:filter3`. */
export type BindParameter = (value: unknown) => string;

/** The fields of a filter that select single figures by value, which a total cannot honour. */
const VALUE_FIELDS = ['valueUsdFrom', 'valueUsdTo'] as const;

/** An export figure filter as a plain object: every field in a fixed order, null when not given, so that it can key a loader. */
export type ExportFigureFilterValues = {
  readonly [Field in keyof ExportFigureFilter]-?: Exclude<ExportFigureFilter[Field], undefined> | null;
};

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
  return {
    solarYears: filter?.solarYears ?? null,
    channel: filter?.channel ?? null,
    destinationCode: filter?.destinationCode ?? null,
    craftSlug: filter?.craftSlug ?? null,
    hsCode: filter?.hsCode ?? null,
    provinceCode: filter?.provinceCode ?? null,
    isSynthetic: filter?.isSynthetic ?? null,
    valueUsdFrom: filter?.valueUsdFrom ?? null,
    valueUsdTo: filter?.valueUsdTo ?? null,
  };
}

/**
 * Returns the SQL conditions (to be joined with AND) that select the figures
 * of table alias `alias` matching `filter`, binding values through `bind`.
 */
export function exportFigureConditions(
  filter: ExportFigureFilter | ExportFigureFilterValues | null | undefined,
  alias: string,
  bind: BindParameter,
): string[] {
  const conditions: string[] = [];
  if (filter?.solarYears) {
    conditions.push(`${alias}.solar_year = ANY(CAST(${bind(filter.solarYears)} AS int[]))`);
  }
  if (filter?.channel) {
    conditions.push(`${alias}.channel = ${bind(filter.channel)}`);
  }
  if (filter?.destinationCode) {
    conditions.push(`${alias}.destination_code = ${bind(filter.destinationCode)}`);
  }
  if (filter?.craftSlug) {
    conditions.push(`${alias}.craft_slug = ${bind(filter.craftSlug)}`);
  }
  if (filter?.hsCode) {
    conditions.push(`${alias}.hs_code = ${bind(filter.hsCode)}`);
  }
  if (filter?.provinceCode) {
    conditions.push(`${alias}.province_code = ${bind(filter.provinceCode)}`);
  }
  if (filter?.isSynthetic !== undefined && filter?.isSynthetic !== null) {
    conditions.push(`${alias}.is_synthetic = ${bind(filter.isSynthetic)}`);
  }
  if (filter?.valueUsdFrom) {
    conditions.push(`${alias}.value_usd >= CAST(${bind(filter.valueUsdFrom)} AS numeric)`);
  }
  if (filter?.valueUsdTo) {
    conditions.push(`${alias}.value_usd <= CAST(${bind(filter.valueUsdTo)} AS numeric)`);
  }
  return conditions;
}

/** Returns a `Decimal` (digits, at most two after the point) in hundredths, exactly. */
function hundredths(decimal: string): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** Returns a binder for TypeORM query builders (`:name` placeholders) and the parameters it collected. */
export function namedParameters(prefix: string): { bind: BindParameter; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  return {
    parameters,
    bind: (value) => {
      const name = `${prefix}${Object.keys(parameters).length}`;
      parameters[name] = value;
      return `:${name}`;
    },
  };
}

/** Returns a binder for raw SQL (`$1`, `$2`, … in the order values are bound) and the values it collected. */
export function positionalParameters(): { bind: BindParameter; values: unknown[] } {
  const values: unknown[] = [];
  return {
    values,
    bind: (value) => {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
