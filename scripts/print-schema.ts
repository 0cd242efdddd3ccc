/** `npm run schema`: prints every subgraph's SDL to schema/<name>.graphql and composes schema/supergraph.graphql. */
import 'reflect-metadata';

import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { composeSupergraph } from '../gateway/compose-supergraph';
import { projectRoot } from '../services/shared/platform/project-root';
import { SUBGRAPHS } from '../services/subgraphs';

async function main(): Promise<void> {
  const schemaDir = path.join(projectRoot(), 'schema');
  const { subgraphs, supergraphSdl } = await composeSupergraph(SUBGRAPHS);
  for (const { name, sdl } of subgraphs) {
    await writeFile(path.join(schemaDir, `${name}.graphql`), `${sdl}\n`);
  }
  await writeFile(path.join(schemaDir, 'supergraph.graphql'), supergraphSdl);
  process.stdout.write(`Wrote ${subgraphs.map(({ name }) => `schema/${name}.graphql`).join(', ')} and schema/supergraph.graphql\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
