import type { MiddlewareFn } from 'type-graphql';

import { ForbiddenError } from '../graphql/errors';

/** Whether the caller (in `context`) may see a guarded field of `root`. */
export type ReadRule<TRoot, TContext> = (root: TRoot, context: TContext) => boolean | Promise<boolean>;

/**
 * Returns a type-graphql middleware (`@UseMiddleware(...)`) that resolves a
 * field only when `rule` lets the caller see it on its parent; otherwise the
 * field is null with a FORBIDDEN error at its path whose message is `refusal`.
 * It is the graph's one way to guard a field, whichever path reaches the
 * parent (a root field, a nested field, or `_entities`); the field must be
 * nullable.
 */
export function guardField<TRoot, TContext extends object>(rule: ReadRule<TRoot, TContext>, refusal: string): MiddlewareFn<TContext> {
  return async ({ root, context }, next) => {
    if (!(await rule(root as TRoot, context))) {
      throw new ForbiddenError(refusal);
    }
    return next();
  };
}
