/** Returns the placeholder for a value bound to a raw SQL statement, e.g. `$3`. */
export type BindParameter = (value: unknown) => string;

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
