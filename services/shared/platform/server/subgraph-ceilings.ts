import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';

import { integerFromEnv } from '../env';
import {
  armorRules,
  estimateOperationCost,
  fragmentsOf,
  limitExceededError,
  type OperationCostModel,
  operationLimitsFromEnv,
} from '../limits';

/**
 * A subgraph's own ceilings on one operation, whoever signed it: the gateway's
 * limits are checked on the client's operation, so a subgraph's ceilings sit
 * above anything the gateway's plan of an operation within them can ask for.
 */
export interface SubgraphCeilings {
  /** Nesting of selections, fragments flattened (SUBGRAPH_MAX_DEPTH; MAX_DEPTH + 5: `_entities` and the plan's fragments add levels). */
  readonly maxDepth: number;
  /** Aliases and directives (10 × MAX_ALIASES and MAX_DIRECTIVES: the planner adds its own). */
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Estimated nodes (SUBGRAPH_MAX_NODES; 10 × MAX_NODES). */
  readonly maxNodes: number;
}

/** Returns a subgraph's ceilings from the environment, with defaults above the gateway's limits. */
export function subgraphCeilingsFromEnv(): SubgraphCeilings {
  const operation = operationLimitsFromEnv();
  return {
    maxDepth: integerFromEnv('SUBGRAPH_MAX_DEPTH', operation.maxDepth + 5),
    maxAliases: operation.maxAliases * 10,
    maxDirectives: operation.maxDirectives * 10,
    maxNodes: integerFromEnv('SUBGRAPH_MAX_NODES', operation.maxNodes * 10),
  };
}

/** Returns the validation rules that refuse an operation over a subgraph's depth, aliases or directives (see `armorRules`). */
export function subgraphCeilingRules(ceilings: SubgraphCeilings): ValidationRule[] {
  return armorRules(ceilings);
}

/**
 * Returns the plugin that refuses, before it runs, an operation whose
 * estimated nodes (`estimateOperationCost`, with the cost model of the
 * subgraph's own schema) are over the subgraph's ceiling: GRAPHQL_VALIDATION_FAILED
 * with `extensions.limit` `nodes`, as the gateway's limit.
 */
export function subgraphCeilingPlugin(ceilings: SubgraphCeilings, model: OperationCostModel): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            return;
          }
          const { nodes } = estimateOperationCost(schema, operation, fragmentsOf(document), request.variables ?? {}, model);
          if (nodes > ceilings.maxNodes) {
            throw limitExceededError(
              `This subgraph's node ceiling of ${ceilings.maxNodes} is exceeded: the operation could return ${nodes} nodes.`,
              'nodes',
              ceilings.maxNodes,
            );
          }
        },
      };
    },
  };
}
