import type { ObjectLiteral } from 'typeorm';

import { DOMAIN_TIME_ZONE } from '../dates';
import { isUuid } from '../ids';
import { likePattern } from './like-pattern';

/**
 * How one field of a list filter restricts the rows, as SQL over the query's
 * aliases. The field's value is bound as the parameter `:<field>`.
 */
export type FilterCondition<TFilter = never> =
  /** `sql = value`. */
  | { readonly equals: string }
  /** `sql = value` for a UUID column: a value that is not a UUID matches nothing. */
  | { readonly equalsId: string }
  /** The text array column `sql` holds the value. */
  | { readonly arrayHas: string }
  /** The text (trimmed; blank adds no condition) occurs in any of these columns, in any letter case. */
  | { readonly search: readonly string[] }
  /** `sql >= value` and `sql <= value`: the two ends of a range. */
  | { readonly atLeast: string }
  | { readonly atMost: string }
  /** The timestamp `sql` falls on or after the given day (a `Date`, in Tehran), or on or before it: a range of days over a point in time. */
  | { readonly fromDay: string }
  | { readonly toDay: string }
  /** Any other condition: SQL in which `:<field>` is the value, or the function of the whole filter that returns it (when the SQL depends on values). */
  | { readonly where: string | ((filter: TFilter) => string) };

/** The conditions of a filter type, by field. */
export type FilterConditions<TFilter> = { readonly [Field in keyof TFilter]?: FilterCondition<TFilter> };

/** What `applyFilter` adds conditions to: a TypeORM query builder, or `SqlConditions` for SQL of one's own. */
export interface FilterTarget {
  andWhere(where: string, parameters?: ObjectLiteral): unknown;
}

/**
 * Adds to `query` the condition of every field of `filter` that is given
 * (neither null nor undefined) and returns the query: one declarative way to
 * turn a list's `filter` argument into SQL.
 */
export function applyFilter<TQuery extends FilterTarget, TFilter extends object>(
  query: TQuery,
  filter: TFilter | null | undefined,
  conditions: FilterConditions<TFilter>,
): TQuery {
  for (const [field, condition] of Object.entries(conditions) as Array<[keyof TFilter & string, FilterCondition<TFilter>]>) {
    const value = filter?.[field];
    if (value === undefined || value === null) {
      continue;
    }
    const parameter = { [field]: value };
    if ('equals' in condition) {
      query.andWhere(`${condition.equals} = :${field}`, parameter);
    } else if ('equalsId' in condition) {
      query.andWhere(isUuid(String(value)) ? `${condition.equalsId} = :${field}` : 'false', parameter);
    } else if ('arrayHas' in condition) {
      query.andWhere(`${condition.arrayHas} @> ARRAY[:${field}]::text[]`, parameter);
    } else if ('search' in condition) {
      const text = String(value).trim();
      if (text) {
        query.andWhere(`(${condition.search.map((column) => `${column} ILIKE :${field}`).join(' OR ')})`, { [field]: likePattern(text) });
      }
    } else if ('atLeast' in condition) {
      query.andWhere(`${condition.atLeast} >= :${field}`, parameter);
    } else if ('atMost' in condition) {
      query.andWhere(`${condition.atMost} <= :${field}`, parameter);
    } else if ('fromDay' in condition) {
      // The day becomes an instant, so that an index on the column serves the condition.
      query.andWhere(`${condition.fromDay} >= (CAST(:${field} AS date)::timestamp AT TIME ZONE '${DOMAIN_TIME_ZONE}')`, parameter);
    } else if ('toDay' in condition) {
      query.andWhere(`${condition.toDay} < ((CAST(:${field} AS date) + 1)::timestamp AT TIME ZONE '${DOMAIN_TIME_ZONE}')`, parameter);
    } else {
      query.andWhere(typeof condition.where === 'string' ? condition.where : condition.where(filter as TFilter), parameter);
    }
  }
  return query;
}
