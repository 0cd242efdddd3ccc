export { createGraphqlServer } from './graphql-server';
export { exitWithStartupError, reportReady, stopOnSignals, type ProcessReadyMessage } from './shutdown';
export { runSubgraphProcess, startSubgraph, type RunningSubgraph, type StartSubgraphOptions, type SubgraphDefinition, type SyntheticSizes } from './subgraph';
