import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type DocumentNode, type GraphQLSchema, Kind, parse } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

import { CACHE_CONTROL_DEFINITIONS } from './cache-hints';
import { COST_LINK } from './cost-directives';

/** The Federation 2 version and directives every subgraph links to, and the cost specification (`@cost`, `@listSize`). */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"]) ${COST_LINK}`;

/**
 * Descriptions of the root types, the same in every subgraph so that composition
 * keeps them: type-graphql gives a root type none of its own.
 */
const ROOT_TYPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Query:
    'What can be read. Each field is answered by one subgraph; when that subgraph cannot answer, the field is null and an error with `extensions.code` SUBGRAPH_UNAVAILABLE names it in `extensions.serviceName`, while the other fields keep their data.',
  Mutation:
    'What can be changed. Mutations run one after another, each answered by one subgraph; when that subgraph cannot answer, the field is null and an error with `extensions.code` SUBGRAPH_UNAVAILABLE names it in `extensions.serviceName`, while the other mutations keep their answers. A null mutation does not tell whether its change was made: read the record again before repeating it.',
};

/** Returns the type definitions with each root type described (ROOT_TYPE_DESCRIPTIONS). */
function describeRootTypes(typeDefs: DocumentNode): DocumentNode {
  return {
    ...typeDefs,
    definitions: typeDefs.definitions.map((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && ROOT_TYPE_DESCRIPTIONS[definition.name.value]
        ? { ...definition, description: { kind: Kind.STRING, value: ROOT_TYPE_DESCRIPTIONS[definition.name.value], block: true } }
        : definition,
    ),
  };
}

/** Reference resolvers by entity type name: how a subgraph finds an entity from its key. */
export type ReferenceResolvers<TContext> = Record<
  string,
  { __resolveReference: (reference: Record<string, unknown>, context: TContext) => unknown }
>;

/** What a subgraph's schema is built from. */
export interface SubgraphSchemaOptions<TContext> {
  readonly resolvers: NonEmptyArray<Function>;
  /** Entity types no resolver returns directly but the gateway may ask for by key. */
  readonly orphanedTypes?: Function[];
  readonly referenceResolvers: ReferenceResolvers<TContext>;
}

/**
 * Returns an Apollo Federation 2 subgraph schema built from type-graphql
 * classes: type-graphql prints the SDL with its directives (`@key`,
 * `@shareable`, …) and `@apollo/subgraph` adds `_entities` and `_service`,
 * with each entity's `__resolveReference` merged into the resolvers, and the
 * root types described.
 */
export async function buildFederatedSchema<TContext>(options: SubgraphSchemaOptions<TContext>): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // Federation adds the root fields and directive definitions later.
    skipCheck: true,
    validate: false,
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, referenceResolver] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...referenceResolver } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([
    {
      typeDefs: describeRootTypes(
        parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_DEFINITIONS}\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
      ),
      resolvers,
    },
  ]);
}
