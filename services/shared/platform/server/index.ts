export { createGraphqlServer } from './graphql-server';
export { exitWithStartupError, type ProcessReadyMessage, reportReady, stopOnSignals } from './shutdown';
export {
  openSubgraphDatabase,
  type PeerUrls,
  type RunningSubgraph,
  runSubgraphProcess,
  startSubgraph,
  type StartSubgraphOptions,
  type SubgraphDefinition,
  type SyntheticSizes,
} from './subgraph';
export { type OwnContext, type SubgraphContext } from './subgraph-context';
export { type SubgraphLocation, subgraphUrlsFromEnv } from './subgraph-urls';
