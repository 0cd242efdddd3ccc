import type { SubgraphDefinition } from '../shared/platform/server';
import { SUBGRAPH_LOCATIONS } from '../subgraph-locations';
import { ACCESS_DATABASE } from './access-database';
import { type AccessContext, createAccessContext } from './context';
import { buildAccessSchema } from './schema';

/** The access subgraph: who the caller is (`viewer`) and the audit trail of mutations (`auditEvents`). */
export const accessSubgraph: SubgraphDefinition<AccessContext> = {
  ...SUBGRAPH_LOCATIONS.access,
  ...ACCESS_DATABASE,
  buildSchema: buildAccessSchema,
  createContext: (dataSource) => createAccessContext(dataSource),
};
