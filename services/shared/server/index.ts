export { createGraphqlServer } from './graphql-server';
export { exitWithStartupError, stopOnSignals } from './shutdown';
export { runSubgraphProcess, startSubgraph, type RunningSubgraph, type StartSubgraphOptions, type SubgraphDefinition, type ProcessReadyMessage } from './subgraph';
