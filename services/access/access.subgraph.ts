import type { SubgraphDefinition } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { ACCESS_COST_MODEL } from './access-cost-model';
import { ACCESS_DATABASE } from './access-database';
import { type AccessContext, createAccessContext } from './context';
import { buildAccessSchema } from './schema';

/**
 * The access subgraph: who the caller is (`viewer`), the audit trail of
 * mutations (`auditEvents`), and the graph's `Node` with `node(id:)` and
 * `nodes(ids:)`, for which it asks the other subgraphs (its peers) which type a UUID names.
 */
export const accessSubgraph: SubgraphDefinition<AccessContext> = {
  ...SUBGRAPH_LOCATIONS.access,
  ...ACCESS_DATABASE,
  buildSchema: buildAccessSchema,
  createContext: (dataSource, peers) => createAccessContext(dataSource, peers),
  operationCost: ACCESS_COST_MODEL,
};
