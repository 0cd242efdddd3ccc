import { BadUserInputError } from '../graphql/errors';

/**
 * Returns `filter` with the values of a list's deprecated flat arguments
 * (`instructors(craftSlug:)`, say) moved into the filter fields of the same
 * names, so that clients of either form get the same list. Throws
 * BAD_USER_INPUT naming the argument when it contradicts its filter field.
 */
export function filterWithArguments<TFilter extends object>(
  filter: TFilter | null | undefined,
  flatArguments: { readonly [Field in keyof TFilter]?: TFilter[Field] | null },
): Partial<TFilter> {
  const merged: Record<string, unknown> = { ...filter };
  for (const [field, value] of Object.entries(flatArguments)) {
    if (value === undefined || value === null) {
      continue;
    }
    const given = merged[field];
    if (given !== undefined && given !== null && given !== value) {
      throw new BadUserInputError(field, `contradicts filter.${field}; give filter.${field} alone (\`${field}\` is deprecated).`);
    }
    merged[field] = value;
  }
  return merged as Partial<TFilter>;
}
