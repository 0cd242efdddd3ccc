import { ExportChannel } from '../export-figure/export-figure.entity';
import type { ExportFigureFilter } from '../export-figure/export-figure.inputs';
import { ExportGrouping } from './export-total.inputs';
import { ExportTotalsQuery } from './export-totals-query';

const { YEAR, CHANNEL, DESTINATION, CRAFT, HS_CODE, PROVINCE } = ExportGrouping;

/** Returns the `$n` placeholders of a statement, in order of first use. */
function placeholders(sql: string): number[] {
  return [...new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])))];
}

/** Returns the CTE named `name` of a statement: its text up to the next CTE or the final SELECT. */
function cte(sql: string, name: string): string {
  const start = sql.indexOf(`${name} AS (`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = sql.slice(start + name.length);
  const end = rest.search(/\n\s*(\w+ AS \(|SELECT result\.\*)/);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('ExportTotalsQuery', () => {
  it('groups in dimension order, each dimension once, whatever order the client listed them in', () => {
    expect(new ExportTotalsQuery(null, [PROVINCE, CRAFT, YEAR, CRAFT], null).groupBy).toEqual([YEAR, CRAFT, PROVINCE]);
    const [one, other] = [
      new ExportTotalsQuery(null, [DESTINATION, YEAR], null),
      new ExportTotalsQuery(null, [YEAR, DESTINATION, YEAR], null),
    ];
    expect(one.totalsSql()).toEqual(other.totalsSql());
  });

  it('binds every filter value as a numbered parameter, each placeholder once per value, no value in the SQL text', () => {
    const hostile = "DE'); DROP TABLE export_figure; --";
    const filter: ExportFigureFilter = { destinationCode: hostile, channel: ExportChannel.CUSTOMS, solarYears: [1403], isSynthetic: false };
    for (const query of [new ExportTotalsQuery(filter, [YEAR, CRAFT], 'a-source-id'), new ExportTotalsQuery(filter, [], null)]) {
      for (const { sql, values } of [query.totalsSql(), query.figureIdsSql(['1403|carpet'], 5), query.figureIdsSql(['all'], null, true)]) {
        expect(sql).not.toContain('DROP TABLE');
        expect(values).toContain(hostile);
        // $1..$n, all used, none beyond the values.
        expect(placeholders(sql).sort((a, b) => a - b)).toEqual(values.map((_, index) => index + 1));
      }
    }
  });

  it('by year, reads the previous years too for growth, and reports only the years asked for', () => {
    const { sql, values } = new ExportTotalsQuery({ solarYears: [1403, 1401] }, [YEAR], null).totalsSql();
    expect(values).toEqual([
      [1403, 1401],
      [1403, 1401, 1402, 1400],
    ]);
    expect(sql).toContain('WHERE chosen.solar_year = ANY(CAST($1 AS int[]))');
    expect(cte(sql, 'candidate')).toContain('figure.solar_year = ANY(CAST($2 AS int[]))');
    expect(sql).toContain('LEFT JOIN chosen previous ON previous.solar_year = chosen.solar_year - 1');
  });

  it('joins the previous year on every other group column, nulls equal', () => {
    const { sql } = new ExportTotalsQuery(null, [YEAR, CRAFT], null).totalsSql();
    expect(sql).toContain(
      'LEFT JOIN chosen previous ON previous.solar_year = chosen.solar_year - 1 AND previous.craft_slug IS NOT DISTINCT FROM chosen.craft_slug AND previous.craft_hs_code IS NOT DISTINCT FROM chosen.craft_hs_code',
    );
  });

  it('has no growth without grouping by year, and one group keyed "all" without any grouping', () => {
    const { sql, values } = new ExportTotalsQuery({ solarYears: [1403] }, [], null).totalsSql();
    expect(sql).not.toContain('LEFT JOIN chosen previous');
    expect(sql).toContain('NULL::numeric AS previous_value_usd');
    expect(sql).toContain("'all' AS group_key");
    expect(sql).toContain('ORDER BY result.group_key');
    // Without growth, the previous year is not read.
    expect(values).toEqual([[1403]]);
  });

  it('keys groups by their columns as bytewise text, a figure under no craft keyed by its HS code', () => {
    const { sql } = new ExportTotalsQuery(null, [CRAFT, CHANNEL], null).totalsSql();
    expect(sql).toContain(
      `concat_ws('|', coalesce(by_level.channel::text, ''), coalesce(by_level.craft_slug::text, ''), coalesce(by_level.craft_hs_code::text, '')) COLLATE "C"`,
    );
    expect(sql).toContain('ORDER BY result.channel, result.craft_slug, result.craft_hs_code');
    expect(cte(sql, 'candidate')).toContain('(figure.craft_slug IS NOT NULL OR figure.hs_code IS NOT NULL)');
  });

  it('adds a figure to a group at one level of detail only: the dimensions neither grouped nor filtered make the levels', () => {
    // Nothing grouped or filtered: destination, craft and province each make a level (bits 1, 2, 4).
    const all = cte(new ExportTotalsQuery(null, [], null).totalsSql().sql, 'candidate');
    expect(all).toContain(
      '(CASE WHEN figure.destination_code IS NOT NULL THEN 1 ELSE 0 END) + (CASE WHEN (figure.craft_slug IS NOT NULL OR figure.hs_code IS NOT NULL) THEN 2 ELSE 0 END) + (CASE WHEN figure.province_code IS NOT NULL THEN 4 ELSE 0 END) AS detail',
    );
    // Grouped by destination and filtered by HS code: only the province makes a level, and a figure must name a destination.
    const fixed = cte(new ExportTotalsQuery({ hsCode: '570110' }, [DESTINATION], null).totalsSql().sql, 'candidate');
    expect(fixed).toContain('(CASE WHEN figure.province_code IS NOT NULL THEN 1 ELSE 0 END) AS detail');
    expect(fixed).toContain('AND figure.hs_code = $1 AND figure.destination_code IS NOT NULL');
    // Every dimension grouped: one level.
    const none = cte(new ExportTotalsQuery(null, [DESTINATION, HS_CODE, PROVINCE], null).totalsSql().sql, 'candidate');
    expect(none).toContain('0 AS detail, 0 AS detail_count');
    // The least detailed level of a group wins.
    expect(new ExportTotalsQuery(null, [], null).totalsSql().sql).toContain('ORDER BY group_key, detail_count, detail');
  });

  it("takes the preferred figure of each quantity, or a named source's figure where that source has one", () => {
    const preferred = new ExportTotalsQuery(null, [], null).totalsSql().sql;
    expect(cte(preferred, 'candidate')).toContain('WHERE figure.solar_year IS NOT NULL AND figure.is_preferred\n');
    expect(preferred).not.toContain('source_id');
    const { sql, values } = new ExportTotalsQuery(null, [], 'source-1').totalsSql();
    expect(values).toEqual(['source-1']);
    expect(sql).toContain('(figure.source_id = $1 OR (figure.is_preferred AND NOT EXISTS (');
    expect(sql).toContain('other.quantity_key = figure.quantity_key AND other.source_id = $1)))');
  });

  it("lists each group's largest figures, at most `first` of them, or all its derived ones", () => {
    const query = new ExportTotalsQuery(null, [YEAR], null);
    const top = query.figureIdsSql(['1402', '1403'], 3);
    expect(top.values).toEqual([['1402', '1403'], 3]);
    expect(top.sql).toContain('chosen.group_key = ANY($1::text[])');
    expect(top.sql).toContain('ORDER BY candidate.value_usd DESC, candidate.id');
    expect(top.sql).toContain('WHERE rank <= $2');
    expect(top.sql).toContain('SELECT figure.id, figure.solar_year');
    const derived = query.figureIdsSql(['1403'], null, true);
    expect(derived.values).toEqual([['1403']]);
    expect(derived.sql).not.toContain('rank <=');
    expect(derived.sql).toContain('AND candidate.derived');
  });
});
