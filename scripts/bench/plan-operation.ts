import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { type PlanNode, QueryPlanner, type SubscriptionNode } from '@apollo/query-planner';
import { parse } from 'graphql';

/** What the query planner makes of an operation. */
export interface OperationPlan {
  /** The subgraphs it fetches from, in order of first fetch. */
  readonly subgraphs: readonly string[];
  /** How many fetches (subgraph requests) the plan holds. */
  readonly fetches: number;
}

/**
 * Returns the subgraphs and fetches of `document`'s query plan over the
 * supergraph, as Apollo Gateway's own planner (the version the gateway uses)
 * builds it; the benchmark shows it beside each operation and serves an
 * operation planned on one subgraph directly from that subgraph as its limit.
 */
export function planOperation(supergraphSdl: string, document: string): OperationPlan {
  const supergraph = Supergraph.build(supergraphSdl);
  const operation = operationFromDocument(supergraph.apiSchema(), parse(document));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operation);
  const subgraphs: string[] = [];
  let fetches = 0;
  const visit = (node: PlanNode | SubscriptionNode | undefined): void => {
    switch (node?.kind) {
      case undefined:
        return;
      case 'Fetch':
        fetches += 1;
        if (!subgraphs.includes(node.serviceName)) {
          subgraphs.push(node.serviceName);
        }
        return;
      case 'Sequence':
      case 'Parallel':
        node.nodes.forEach(visit);
        return;
      case 'Flatten':
        visit(node.node);
        return;
      case 'Condition':
        visit(node.ifClause);
        visit(node.elseClause);
        return;
      case 'Defer':
        visit(node.primary.node);
        node.deferred.forEach((deferred) => visit(deferred.node));
        return;
      case 'Subscription':
        visit(node.primary);
        visit(node.rest);
        return;
    }
  };
  visit(plan.node);
  return { subgraphs, fetches };
}
