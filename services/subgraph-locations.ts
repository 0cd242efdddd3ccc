import type { SubgraphLocation } from './shared/platform/server/subgraph-urls';

/**
 * Where each subgraph listens by default and which variable moves it. Kept
 * apart from the subgraph definitions so that the processes that only reach
 * subgraphs (`npm start`, the gateway, a subgraph asking a peer) do not load
 * every subgraph's code.
 */
export const SUBGRAPH_LOCATIONS = {
  training: { name: 'training', portVariable: 'TRAINING_PORT', defaultPort: 4001 },
  exhibitions: { name: 'exhibitions', portVariable: 'EXHIBITIONS_PORT', defaultPort: 4002 },
  trade: { name: 'trade', portVariable: 'TRADE_PORT', defaultPort: 4003 },
  access: { name: 'access', portVariable: 'ACCESS_PORT', defaultPort: 4004 },
} as const satisfies Record<string, SubgraphLocation>;
