import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';

import { printApiSchema } from '../../scripts/print-api-schema';
import { composeSupergraph, projectRoot } from '../support/platform';
import { SUBGRAPHS } from '../support/subgraphs';

const schemaDir = path.join(projectRoot(), 'schema');

describe('schema files', () => {
  it('under schema/ are exactly what the code prints and composes (run `npm run schema` after changing the API)', async () => {
    const { subgraphs, supergraphSdl } = await composeSupergraph(SUBGRAPHS);
    for (const { name, sdl } of subgraphs) {
      expect(await readFile(path.join(schemaDir, `${name}.graphql`), 'utf8')).toBe(`${sdl}\n`);
    }
    expect(await readFile(path.join(schemaDir, 'supergraph.graphql'), 'utf8')).toBe(supergraphSdl);
    // The API schema that typed test operations are generated against (`npm run codegen`).
    expect(await readFile(path.join(schemaDir, 'api.graphql'), 'utf8')).toBe(printApiSchema(supergraphSdl));
  });
});

/** Types that federation adds to every subgraph; they are not ours to describe. */
function isFederationMachinery(type: GraphQLNamedType): boolean {
  return type.name.startsWith('_') || type.name.startsWith('link__') || type.name.startsWith('federation__') || isSpecifiedScalarType(type);
}

describe('documentation', () => {
  it.each(SUBGRAPHS.map((definition) => [definition.name, definition]))(
    'describes every type, field, argument and enum value of the %s subgraph',
    async (_name, definition) => {
      const schema = await definition.buildSchema();
      const undocumented: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (isFederationMachinery(type)) {
          continue;
        }
        const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
        if (!type.description && !isRoot) {
          undocumented.push(type.name);
        }
        if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) {
            if (field.name.startsWith('_')) {
              continue;
            }
            if (!field.description) {
              undocumented.push(`${type.name}.${field.name}`);
            }
            for (const argument of 'args' in field ? field.args : []) {
              if (!argument.description) {
                undocumented.push(`${type.name}.${field.name}(${argument.name})`);
              }
            }
          }
        }
        if (isEnumType(type)) {
          for (const value of type.getValues()) {
            if (!value.description) {
              undocumented.push(`${type.name}.${value.name}`);
            }
          }
        }
      }
      expect(undocumented).toEqual([]);
    },
  );
});
