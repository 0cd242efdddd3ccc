import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

import { limitExceededError, type OperationLimitName } from './limit-exceeded-error';
import type { OperationLimits } from './operation-limits';

/**
 * Returns the validation rules that refuse an operation nested deeper than
 * `maxDepth` (fragments flattened: a fragment adds no level of its own),
 * with more than `maxAliases` aliases or more than `maxDirectives`
 * directives (fragments counted where they are spread), from GraphQL Armor.
 * Each refusal names its limit (see `limitExceededError`). Armor's other
 * protections are left off: its token limit fails with status 500 under
 * Apollo Server (graphql-js's own `maxTokens` is used instead), cost is
 * estimated from `first` or `last` by `estimateOperationCost`, and suggestions are
 * hidden by Apollo Server in production.
 */
export function armorRules(limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  const refuseAs = (name: OperationLimitName, max: number) => ({
    n: max,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: { reportError(error: Error): void } | null, error: Error) =>
        context?.reportError(limitExceededError(error.message.replace(/^Syntax Error: /, ''), name, max)),
    ],
  });
  return new ApolloArmor({
    maxDepth: { ...refuseAs('depth', limits.maxDepth), flattenFragments: true },
    maxAliases: refuseAs('aliases', limits.maxAliases),
    maxDirectives: refuseAs('directives', limits.maxDirectives),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
