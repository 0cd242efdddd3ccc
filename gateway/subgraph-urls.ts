import type { SubgraphDefinition } from '../services/shared/server';
import { portFromEnv } from '../services/shared/env';

/**
 * Returns each subgraph's URL: `<NAME>_URL` when set (e.g. TRAINING_URL),
 * otherwise localhost on its port variable or default port.
 */
export function subgraphUrlsFromEnv(definitions: ReadonlyArray<SubgraphDefinition<never>>): Record<string, string> {
  return Object.fromEntries(
    definitions.map((definition) => [
      definition.name,
      process.env[`${definition.name.toUpperCase()}_URL`] ??
        `http://localhost:${portFromEnv(definition.portVariable, definition.defaultPort)}/graphql`,
    ]),
  );
}
