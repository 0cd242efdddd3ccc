/**
 * `npm run schema`: prints every subgraph's SDL to schema/<name>.graphql, composes
 * schema/supergraph.graphql and derives from it the API schema clients see,
 * schema/api.graphql (the schema typed test operations are generated against).
 */
import 'reflect-metadata';

import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { composeSupergraph } from '../gateway/compose-supergraph';
import { projectRoot } from '../services/shared/platform/project-root';
import { SUBGRAPHS } from '../services/subgraphs';
import { printApiSchema } from './print-api-schema';

async function main(): Promise<void> {
  const schemaDir = path.join(projectRoot(), 'schema');
  const { subgraphs, supergraphSdl } = await composeSupergraph(SUBGRAPHS);
  for (const { name, sdl } of subgraphs) {
    await writeFile(path.join(schemaDir, `${name}.graphql`), `${sdl}\n`);
  }
  await writeFile(path.join(schemaDir, 'supergraph.graphql'), supergraphSdl);
  await writeFile(path.join(schemaDir, 'api.graphql'), printApiSchema(supergraphSdl));
  const written = [...subgraphs.map(({ name }) => `schema/${name}.graphql`), 'schema/supergraph.graphql', 'schema/api.graphql'];
  process.stdout.write(`Wrote ${written.join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
