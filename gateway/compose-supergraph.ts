import { composeServices } from '@apollo/composition';
import type { BaseContext } from '@apollo/server';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

import type { SubgraphDefinition } from '../services/shared/platform/server';

/** The printed SDL of each subgraph and the supergraph composed from them. */
export interface ComposedSchemas {
  readonly subgraphs: ReadonlyArray<{ readonly name: string; readonly sdl: string }>;
  readonly supergraphSdl: string;
}

/**
 * Prints each subgraph's SDL from its code and composes the supergraph offline
 * with @apollo/composition; throws with every composition error when the
 * subgraphs do not fit together. Subgraph URLs in the supergraph are the local
 * defaults; the gateway replaces them from the environment.
 */
export async function composeSupergraph(definitions: ReadonlyArray<SubgraphDefinition<BaseContext>>): Promise<ComposedSchemas> {
  const subgraphs = await Promise.all(
    definitions.map(async (definition) => ({
      name: definition.name,
      sdl: printSubgraphSchema(await definition.buildSchema()),
      url: `http://localhost:${definition.defaultPort}/graphql`,
    })),
  );
  const result = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return { subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })), supergraphSdl: result.supergraphSdl };
}
