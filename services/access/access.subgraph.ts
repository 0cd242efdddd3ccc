import type { SubgraphDefinition } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { ACCESS_DATABASE } from './access-database';
import { type AccessContext, createAccessContext } from './context';
import { ACCESS_COMPUTED_LIST_SIZES } from './node/nodes-list-size';
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
  computedListSizes: ACCESS_COMPUTED_LIST_SIZES,
};
