import type { ObjectLiteral } from 'typeorm';

import type { FilterTarget } from './apply-filter';
import type { BindParameter } from './positional-parameters';

/** A `:name` placeholder, and not the second colon of a `::type` cast. */
const NAMED_PLACEHOLDER = /(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Collects the conditions `applyFilter` adds, for a statement written as raw
 * SQL rather than through a query builder: each `:name` placeholder of a
 * condition is bound through `bind` (a `positionalParameters` binder), so
 * that a filter becomes the same SQL whichever way the statement is built.
 */
export class SqlConditions implements FilterTarget {
  /** The conditions added, in order, with their values bound: to be joined with AND. */
  readonly conditions: string[] = [];

  constructor(private readonly bind: BindParameter) {}

  andWhere(where: string, parameters: ObjectLiteral = {}): this {
    const placeholders = new Map<string, string>();
    this.conditions.push(
      where.replace(NAMED_PLACEHOLDER, (placeholder, name: string) => {
        if (!(name in parameters)) {
          return placeholder;
        }
        const bound = placeholders.get(name) ?? this.bind(parameters[name]);
        placeholders.set(name, bound);
        return bound;
      }),
    );
    return this;
  }
}
