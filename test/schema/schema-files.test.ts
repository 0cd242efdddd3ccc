import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
} from 'graphql';

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
        if (!type.description) {
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

describe('the API schema clients see (schema/api.graphql)', () => {
  const apiSchema = async () => buildSchema(await readFile(path.join(schemaDir, 'api.graphql'), 'utf8'));

  it('has every root field nullable, so that a subgraph that cannot answer nulls its own fields only', async () => {
    const schema = await apiSchema();
    const nonNull = [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
      Object.values(root?.getFields() ?? {})
        .filter((field) => isNonNullType(field.type))
        .map((field) => `${root?.name}.${field.name}`),
    );
    expect(nonNull).toEqual([]);
  });

  it('describes its root types and shows none of the servers’ own types or directives', async () => {
    const schema = await apiSchema();
    expect(schema.getQueryType()?.description).toMatch(/SUBGRAPH_UNAVAILABLE/);
    expect(schema.getMutationType()?.description).toMatch(/SUBGRAPH_UNAVAILABLE/);
    expect(schema.getType('CacheControlScope')).toBeUndefined();
    expect(schema.getDirectives().filter((directive) => !isSpecifiedDirective(directive))).toEqual([]);
  });
});
