import { DataSource } from 'typeorm';

import { applyFilter, type FilterConditions } from './apply-filter';
import { filterValues } from './filter-values';

// A data source that never connects: it only builds SQL.
const dataSource = new DataSource({ type: 'postgres' });

interface ArtisanFilter {
  craftSlug?: string | null;
  provinceCode?: string | null;
  organizationId?: string | null;
  language?: string | null;
  search?: string | null;
  bornAfter?: number | null;
  bornBefore?: number | null;
  joinedFrom?: string | null;
  joinedTo?: string | null;
  certified?: boolean | null;
}

const CONDITIONS: FilterConditions<ArtisanFilter> = {
  craftSlug: { equals: 'a.craft_slug' },
  provinceCode: { equals: 'a.province_code' },
  organizationId: { equalsId: 'a.organization_id' },
  language: { arrayHas: 'a.languages' },
  search: { search: ['a.name', 'a.biography'] },
  bornAfter: { atLeast: 'a.birth_year' },
  bornBefore: { atMost: 'a.birth_year' },
  joinedFrom: { fromDay: 'a.created_at' },
  joinedTo: { toDay: 'a.created_at' },
  certified: { where: 'EXISTS (SELECT 1 FROM certificate c WHERE c.artisan_id = a.id) = :certified' },
};

/** Returns the WHERE clause (without the SELECT before it) and the parameters of the artisans filtered by `filter`. */
function whereOf(filter: ArtisanFilter | null | undefined): { where: string; parameters: unknown[] } {
  const query = applyFilter(dataSource.createQueryBuilder().select('a.id').from('artisan', 'a'), filter, CONDITIONS);
  const [sql, parameters] = query.getQueryAndParameters();
  return { where: sql.replace('SELECT a.id FROM "artisan" "a"', '').trim(), parameters };
}

describe('applyFilter', () => {
  it('adds no condition for a missing filter, an empty one, or fields given as null', () => {
    expect(whereOf(undefined)).toEqual({ where: '', parameters: [] });
    expect(whereOf(null)).toEqual({ where: '', parameters: [] });
    expect(whereOf({})).toEqual({ where: '', parameters: [] });
    expect(whereOf({ craftSlug: null, search: null, bornAfter: null })).toEqual({ where: '', parameters: [] });
  });

  it('binds every value as a parameter, never as SQL text', () => {
    const hostile = "carpet' OR 1=1 --";
    expect(whereOf({ craftSlug: hostile })).toEqual({ where: 'WHERE a.craft_slug = $1', parameters: [hostile] });
  });

  it('joins the given fields with AND in the order of the conditions, whatever order the filter lists them in', () => {
    expect(whereOf({ bornBefore: 1990, craftSlug: 'carpet', bornAfter: 1950 })).toEqual({
      where: 'WHERE a.craft_slug = $1 AND a.birth_year >= $2 AND a.birth_year <= $3',
      parameters: ['carpet', 1950, 1990],
    });
  });

  it('keeps falsy values that are given: zero, false and the empty string', () => {
    expect(whereOf({ bornAfter: 0, certified: false, provinceCode: '' })).toEqual({
      where: 'WHERE a.province_code = $1 AND a.birth_year >= $2 AND EXISTS (SELECT 1 FROM certificate c WHERE c.artisan_id = a.id) = $3',
      parameters: ['', 0, false],
    });
  });

  it('compares a UUID column only with a UUID, and matches nothing for any other text rather than failing in PostgreSQL', () => {
    const id = '0b9e0f5c-7d8a-4c1e-9f6b-2a3d4e5f6a7b';
    expect(whereOf({ organizationId: id })).toEqual({ where: 'WHERE a.organization_id = $1', parameters: [id] });
    expect(whereOf({ organizationId: 'not-a-uuid' }).where).toBe('WHERE false');
  });

  it('tests membership of a text array', () => {
    expect(whereOf({ language: 'fa' })).toEqual({ where: 'WHERE a.languages @> ARRAY[$1]::text[]', parameters: ['fa'] });
  });

  it('searches trimmed text in any of its columns, with LIKE wildcards taken literally, and skips blank text', () => {
    expect(whereOf({ search: '  Tabriz  ' })).toEqual({
      where: 'WHERE (a.name ILIKE $1 OR a.biography ILIKE $1)',
      parameters: ['%Tabriz%'],
    });
    expect(whereOf({ search: '100%_\\' }).parameters).toEqual(['%100\\%\\_\\\\%']);
    expect(whereOf({ search: '   ' })).toEqual({ where: '', parameters: [] });
  });

  it('turns a range of days into instants in Tehran, the day after the last one excluded', () => {
    expect(whereOf({ joinedFrom: '2024-03-20', joinedTo: '2024-03-21' })).toEqual({
      where:
        "WHERE a.created_at >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Asia/Tehran') AND a.created_at < ((CAST($2 AS date) + 1)::timestamp AT TIME ZONE 'Asia/Tehran')",
      parameters: ['2024-03-20', '2024-03-21'],
    });
  });

  it('ignores fields of the filter that no condition names', () => {
    const filter = { craftSlug: 'carpet', unknown: 'DROP TABLE artisan' } as ArtisanFilter;
    expect(whereOf(filter)).toEqual({ where: 'WHERE a.craft_slug = $1', parameters: ['carpet'] });
  });
});

describe('filterValues', () => {
  it('gives equal filters the same JSON, every field of the conditions present in their order', () => {
    const one = filterValues({ bornAfter: 1950, craftSlug: 'carpet' }, CONDITIONS);
    const other = filterValues({ craftSlug: 'carpet', bornAfter: 1950, search: undefined }, CONDITIONS);
    expect(JSON.stringify(one)).toBe(JSON.stringify(other));
    expect(Object.keys(one)).toEqual(Object.keys(CONDITIONS));
    expect(filterValues(null, CONDITIONS).craftSlug).toBeNull();
  });
});
