import { type BindParameter, positionalParameters, SqlConditions } from '../../shared/platform/database';
import { applyExportFigureFilter } from '../export-figure/export-figure.filter';
import type { ExportFigureFilter } from '../export-figure/export-figure.inputs';
import { ExportGrouping } from './export-total.inputs';
import { GROUPING_FILTER_FIELDS } from './grouping-filter-fields';

/** The columns that hold each grouping's key. */
const GROUP_COLUMNS: Record<ExportGrouping, readonly string[]> = {
  [ExportGrouping.YEAR]: ['solar_year'],
  [ExportGrouping.CHANNEL]: ['channel'],
  [ExportGrouping.DESTINATION]: ['destination_code'],
  // A figure counting towards no craft stands for the code it was reported under.
  [ExportGrouping.CRAFT]: ['craft_slug', 'craft_hs_code'],
  [ExportGrouping.HS_CODE]: ['hs_code'],
  [ExportGrouping.PROVINCE]: ['province_code'],
};

/** The condition that a figure has a key for each grouping. */
const GROUP_SPECIFIED: Record<ExportGrouping, string | null> = {
  [ExportGrouping.YEAR]: null,
  [ExportGrouping.CHANNEL]: null,
  [ExportGrouping.DESTINATION]: 'figure.destination_code IS NOT NULL',
  [ExportGrouping.CRAFT]: '(figure.craft_slug IS NOT NULL OR figure.hs_code IS NOT NULL)',
  [ExportGrouping.HS_CODE]: 'figure.hs_code IS NOT NULL',
  [ExportGrouping.PROVINCE]: 'figure.province_code IS NOT NULL',
};

/** The dimensions a figure may or may not break down, the groupings that break totals down by them, and the condition that it does. */
const DETAIL_DIMENSIONS = [
  { groupings: [ExportGrouping.DESTINATION], specified: 'figure.destination_code IS NOT NULL' },
  { groupings: [ExportGrouping.CRAFT, ExportGrouping.HS_CODE], specified: '(figure.craft_slug IS NOT NULL OR figure.hs_code IS NOT NULL)' },
  { groupings: [ExportGrouping.PROVINCE], specified: 'figure.province_code IS NOT NULL' },
] as const;

/** One row of the aggregate, as PostgreSQL returns it: only the grouped columns are present. */
export interface ExportTotalRow {
  readonly group_key: string;
  readonly solar_year?: number;
  readonly channel?: string;
  readonly destination_code?: string;
  readonly craft_slug?: string | null;
  readonly craft_hs_code?: string | null;
  readonly hs_code?: string | null;
  readonly province_code?: string;
  readonly value_usd: string;
  readonly figure_count: number;
  readonly includes_synthetic: boolean;
  readonly uses_derived: boolean;
  readonly solar_years: number[];
  readonly previous_value_usd: string | null;
  readonly share: number | null;
  readonly growth_percent: number | null;
}

/**
 * The SQL of one `exportTotals` request. It adds up figures of whole solar
 * years only, in three steps:
 *
 * 1. one figure per quantity: the one the default preference rule marked
 *    (`is_preferred`), or, with a source named, that source's figure where it
 *    has one;
 * 2. per group, figures at one level of detail only: a total is never added to
 *    its own breakdown (a national figure and figures by destination for the
 *    same year). Among the levels present in a group, the least detailed wins,
 *    as the figure stated most directly for the group;
 * 3. the exact `numeric` sum of each group, its share of all groups, and its
 *    growth over the same group of the previous year.
 */
export class ExportTotalsQuery {
  readonly groupBy: readonly ExportGrouping[];

  constructor(
    readonly filter: ExportFigureFilter | null | undefined,
    groupBy: readonly ExportGrouping[],
    readonly sourceId: string | null,
  ) {
    // Dimension order, whatever order the client listed them in.
    this.groupBy = Object.values(ExportGrouping).filter((grouping) => groupBy.includes(grouping));
  }

  /** Returns the statement of the totals, one row per group, ordered by the group columns. */
  totalsSql(): { sql: string; values: unknown[] } {
    const { bind, values } = positionalParameters();
    const columns = this.groupColumns();
    const byYear = this.groupBy.includes(ExportGrouping.YEAR);
    const previousJoin = byYear
      ? `LEFT JOIN chosen previous ON previous.solar_year = chosen.solar_year - 1 ${columns
          .filter((column) => column !== 'solar_year')
          .map((column) => `AND previous.${column} IS NOT DISTINCT FROM chosen.${column}`)
          .join(' ')}`
      : '';
    const reportedYears =
      byYear && this.filter?.solarYears ? `WHERE chosen.solar_year = ANY(CAST(${bind(this.filter.solarYears)} AS int[]))` : '';
    const sql = `${this.commonTableExpressions(bind, false)},
      result AS (
        SELECT chosen.*, ${byYear ? 'previous.value_usd' : 'NULL::numeric'} AS previous_value_usd
        FROM chosen ${previousJoin} ${reportedYears}
      )
      SELECT result.*,
        (result.value_usd / nullif(sum(result.value_usd) OVER (), 0))::float8 AS share,
        CASE WHEN result.previous_value_usd > 0
          THEN ((result.value_usd - result.previous_value_usd) * 100 / result.previous_value_usd)::float8 END AS growth_percent
      FROM result
      ORDER BY ${columns.length ? columns.map((column) => `result.${column}`).join(', ') : 'result.group_key'}`;
    return { sql, values };
  }

  /**
   * Returns the statement listing, for each group of `groupKeys`, the ids of
   * its largest `first` figures used; with `onlyDerived`, of all its figures
   * used that carry derivations.
   */
  figureIdsSql(groupKeys: readonly string[], first: number | null, onlyDerived = false): { sql: string; values: unknown[] } {
    const { bind, values } = positionalParameters();
    // Joined by group key (an equality PostgreSQL can hash), not column by column with IS NOT DISTINCT FROM.
    const sql = `${this.commonTableExpressions(bind, true)},
      ranked AS (
        SELECT chosen.group_key, candidate.id,
               row_number() OVER (PARTITION BY chosen.group_key ORDER BY candidate.value_usd DESC, candidate.id) AS rank
        FROM candidate JOIN chosen ON chosen.group_key = ${this.groupKeySql('candidate')} AND chosen.detail = candidate.detail
        WHERE chosen.group_key = ANY(${bind(groupKeys)}::text[])${onlyDerived ? ' AND candidate.derived' : ''}
      )
      SELECT group_key, id::text AS id FROM ranked ${first === null ? '' : `WHERE rank <= ${bind(first)}`} ORDER BY group_key, rank`;
    return { sql, values };
  }

  /** Returns the group key of a row, as `group_key` computes it: bytewise text ("C"), which PostgreSQL sorts and hashes far faster than by a language's rules. */
  private groupKeySql(alias: string): string {
    const columns = this.groupColumns();
    return columns.length
      ? `concat_ws('|', ${columns.map((column) => `coalesce(${alias}.${column}::text, '')`).join(', ')}) COLLATE "C"`
      : `'all'`;
  }

  private groupColumns(): string[] {
    return this.groupBy.flatMap((grouping) => GROUP_COLUMNS[grouping]);
  }

  /**
   * Returns the CTEs `candidate` (one figure per quantity), `by_year` and
   * `by_level` (sums per group and level of detail, first per year so that
   * PostgreSQL can hash rather than sort the figures), and `chosen` (one
   * level per group).
   */
  private commonTableExpressions(bind: BindParameter, withIds: boolean): string {
    const columns = this.groupColumns();
    const conditions = ['figure.solar_year IS NOT NULL', this.selectionSql(bind)];
    const years = this.filter?.solarYears;
    const candidateFilter =
      years && this.groupBy.includes(ExportGrouping.YEAR)
        ? // The previous years too, for year-on-year growth.
          { ...this.filter, solarYears: [...new Set([...years, ...years.map((year) => year - 1)])] }
        : this.filter;
    conditions.push(...applyExportFigureFilter(new SqlConditions(bind), candidateFilter).conditions);
    for (const grouping of this.groupBy) {
      const specified = GROUP_SPECIFIED[grouping];
      if (specified) {
        conditions.push(specified);
      }
    }
    const extra: string[] = [];
    for (const dimension of DETAIL_DIMENSIONS) {
      const fixed = dimension.groupings.some(
        (grouping) => this.groupBy.includes(grouping) || GROUPING_FILTER_FIELDS[grouping].some((field) => Boolean(this.filter?.[field])),
      );
      if (!fixed) {
        extra.push(dimension.specified);
      }
    }
    const detail = extra.length ? extra.map((specified, bit) => `(CASE WHEN ${specified} THEN ${1 << bit} ELSE 0 END)`).join(' + ') : '0';
    const detailCount = extra.length ? extra.map((specified) => `(${specified})::int`).join(' + ') : '0';
    const groupList = columns.join(', ');
    const yearGroupList = [...new Set([...columns, 'solar_year'])].join(', ');
    return `WITH candidate AS (
        SELECT ${withIds ? 'figure.id, ' : ''}figure.solar_year, figure.channel, figure.destination_code, figure.craft_slug, figure.hs_code,
               CASE WHEN figure.craft_slug IS NULL THEN figure.hs_code END AS craft_hs_code, figure.province_code,
               figure.value_usd, figure.is_synthetic, figure.id IN (SELECT d.id FROM export_figure d WHERE d.derivations <> '[]'::jsonb) AS derived,
               ${detail} AS detail, ${detailCount} AS detail_count
        FROM export_figure figure
        WHERE ${conditions.join(' AND ')}
      ),
      by_year AS (
        SELECT ${yearGroupList}, detail, detail_count, sum(value_usd) AS value_usd,
               count(*)::int AS figure_count, bool_or(is_synthetic) AS includes_synthetic, bool_or(derived) AS uses_derived
        FROM candidate
        GROUP BY ${yearGroupList}, detail, detail_count
      ),
      by_level AS (
        SELECT ${groupList ? `${groupList}, ` : ''}detail, detail_count, sum(value_usd) AS value_usd,
               sum(figure_count)::int AS figure_count, bool_or(includes_synthetic) AS includes_synthetic, bool_or(uses_derived) AS uses_derived,
               array_agg(solar_year ORDER BY solar_year) AS solar_years
        FROM by_year
        GROUP BY ${groupList ? `${groupList}, ` : ''}detail, detail_count
      ),
      chosen AS (
        SELECT DISTINCT ON (group_key) ${this.groupKeySql('by_level')} AS group_key, by_level.*
        FROM by_level
        ORDER BY group_key, detail_count, detail
      )`;
  }

  /** Returns the condition that keeps one figure per quantity. */
  private selectionSql(bind: BindParameter): string {
    if (this.sourceId === null) {
      return 'figure.is_preferred';
    }
    const source = bind(this.sourceId);
    return `(figure.source_id = ${source} OR (figure.is_preferred AND NOT EXISTS (
      SELECT 1 FROM export_figure other WHERE other.quantity_key = figure.quantity_key AND other.source_id = ${source})))`;
  }
}
