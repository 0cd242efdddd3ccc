import { BadUserInputError } from '../../shared/platform/graphql';
import { FIRST_SOLAR_YEAR, isSupportedSolarYear, LAST_SOLAR_YEAR } from '../period/persian-calendar';
import { parseHsCode } from '../reference/craft-code';
import type { ExportFigureFilter } from './export-figure.inputs';

/** Returns the placeholder for a value bound to the statement, e.g. `$3` or `:filter3`. */
export type BindParameter = (value: unknown) => string;

/** Throws BAD_USER_INPUT naming the field when the filter holds a solar year outside the accepted years or a code that is not HS; writes the code as digits. */
export function checkExportFigureFilter(filter: ExportFigureFilter | null | undefined, argumentName = 'filter'): void {
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

/**
 * Returns the SQL conditions (to be joined with AND) that select the figures
 * of table alias `alias` matching `filter`, binding values through `bind`.
 */
export function exportFigureConditions(filter: ExportFigureFilter | null | undefined, alias: string, bind: BindParameter): string[] {
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
  return conditions;
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
