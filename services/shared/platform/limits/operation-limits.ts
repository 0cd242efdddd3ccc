import { integerFromEnv } from '../env';

/**
 * The limits on what one operation may ask for, checked before it is
 * planned: the gateway holds its clients to them, and a subgraph's own
 * ceilings are set above them (see the README's "Operating" section).
 */
export interface OperationLimits {
  /** Nesting of selections, fragments flattened. */
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Lexical tokens of the document, checked while parsing. */
  readonly maxTokens: number;
  /** Estimated nodes (see `estimateOperationCost`). */
  readonly maxNodes: number;
  /** Estimated cost in points of one operation. */
  readonly maxCost: number;
}

/** Returns the operation limits from the environment (MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS, MAX_NODES, MAX_COST), with their defaults. */
export function operationLimitsFromEnv(): OperationLimits {
  return {
    maxDepth: integerFromEnv('MAX_DEPTH', 15),
    maxAliases: integerFromEnv('MAX_ALIASES', 30, 0),
    maxDirectives: integerFromEnv('MAX_DIRECTIVES', 50, 0),
    maxTokens: integerFromEnv('MAX_TOKENS', 10_000),
    maxNodes: integerFromEnv('MAX_NODES', 100_000),
    maxCost: integerFromEnv('MAX_COST', 1_000),
  };
}
