export { createGraphqlServer } from './graphql-server';
export { exitWithStartupError, reportReady, stopOnSignals, type ProcessReadyMessage } from './shutdown';
export {
  openSubgraphDatabase,
  runSubgraphProcess,
  startSubgraph,
  type PeerUrls,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
  type SyntheticSizes,
} from './subgraph';
export { subgraphUrlsFromEnv, type SubgraphLocation } from './subgraph-urls';
