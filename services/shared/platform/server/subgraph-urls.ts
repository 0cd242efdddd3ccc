import { portFromEnv } from '../env';

/** What locating a subgraph takes: its name and the port it listens on by default. */
export interface SubgraphLocation {
  readonly name: string;
  readonly portVariable: string;
  readonly defaultPort: number;
}

/**
 * Returns each subgraph's URL by name: `<NAME>_URL` when set (e.g. TRAINING_URL),
 * otherwise localhost on its port variable or default port. The gateway uses it
 * to reach every subgraph, and a subgraph to reach its peers.
 */
export function subgraphUrlsFromEnv(subgraphs: ReadonlyArray<SubgraphLocation>): Record<string, string> {
  return Object.fromEntries(
    subgraphs.map((subgraph) => [
      subgraph.name,
      process.env[`${subgraph.name.toUpperCase()}_URL`] ??
        `http://localhost:${portFromEnv(subgraph.portVariable, subgraph.defaultPort)}/graphql`,
    ]),
  );
}
