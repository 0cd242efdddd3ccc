import type { FilterConditions } from './apply-filter';

/** A filter as a plain object: every field its conditions know, in their order, null when not given. */
export type FilterValues<TFilter> = { readonly [Field in keyof TFilter]-?: Exclude<TFilter[Field], undefined> | null };

/**
 * Returns the fields of `filter` that `conditions` turn into SQL, as a plain
 * object with every such field in the order of `conditions` (null when not
 * given): the same JSON for equal filters, however the client wrote them, so
 * that it can key a per-request loader (`ChildPages` conditions).
 */
export function filterValues<TFilter extends object>(
  filter: TFilter | null | undefined,
  conditions: FilterConditions<TFilter>,
): FilterValues<TFilter> {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(conditions)) {
    values[field] = (filter as Record<string, unknown> | null | undefined)?.[field] ?? null;
  }
  return values as FilterValues<TFilter>;
}
