export { createGraphiql, type Graphiql, type GraphiqlOptions } from './create-graphiql';
export { graphiqlEnabledFromEnv } from './graphiql-enabled-from-env';
export { type GraphqlExample, GraphqlExampleError, parseGraphqlExample, readGraphqlExamples } from './graphql-example';
