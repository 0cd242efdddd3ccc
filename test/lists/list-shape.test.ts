import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  buildASTSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  parse,
} from 'graphql';

import { projectRoot } from '../support/project-root';

/**
 * Connections whose nodes have `isSynthetic` but whose filter may not offer
 * it, with the reason: whether an exhibitor is a synthetic artisan is that
 * artisan's personal data, which the exhibitions subgraph neither holds nor
 * may reveal through a filter.
 */
const WITHOUT_SYNTHETIC_FILTER = ['Exhibition.exhibitors'];

let api: GraphQLSchema;
beforeAll(async () => {
  api = buildASTSchema(parse(await readFile(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8')));
});

/** Every field of an object type of the API schema, as `Type.field`, with the field. */
function allFields(): Array<[string, GraphQLField<unknown, unknown>, GraphQLObjectType]> {
  return Object.values(api.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields()).map((field): [string, GraphQLField<unknown, unknown>, GraphQLObjectType] => [
        `${type.name}.${field.name}`,
        field,
        type,
      ]),
    );
}

/** The fields that return a connection. */
function connectionFields() {
  return allFields().filter(([, field]) => getNamedType(field.type).name.endsWith('Connection'));
}

describe('every list of records', () => {
  it('is a connection taking filter, orderBy (with a default), first and after, last and before (nullable Ints and Strings, no default), with totalCount and pageInfo', () => {
    const fields = connectionFields();
    expect(fields.length).toBeGreaterThanOrEqual(28);
    const misshapen = fields.flatMap(([name, field]) => {
      const argument = (argumentName: string) => field.args.find((arg) => arg.name === argumentName);
      const connection = getNamedType(field.type) as GraphQLObjectType;
      const problems = [
        !isInputObjectType(argument('filter') && getNamedType(argument('filter')!.type)) && 'filter',
        !(argument('orderBy') && isEnumType(getNamedType(argument('orderBy')!.type)) && argument('orderBy')!.defaultValue !== undefined) &&
          'orderBy',
        (argument('first')?.type.toString() !== 'Int' || argument('first')?.defaultValue !== undefined) && 'first',
        argument('after')?.type.toString() !== 'String' && 'after',
        (argument('last')?.type.toString() !== 'Int' || argument('last')?.defaultValue !== undefined) && 'last',
        argument('before')?.type.toString() !== 'String' && 'before',
        !connection.getFields().totalCount && 'totalCount',
        !connection.getFields().pageInfo && 'pageInfo',
      ].filter(Boolean);
      return problems.length ? [`${name}: ${problems.join(', ')}`] : [];
    });
    expect(misshapen).toEqual([]);
    const pageInfo = (api.getType('PageInfo') as GraphQLObjectType).getFields();
    expect(Object.keys(pageInfo).sort()).toEqual(['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
  });

  it('can leave demonstration data out wherever its records have isSynthetic', () => {
    const missing = connectionFields().flatMap(([name, field]) => {
      const connection = getNamedType(field.type) as GraphQLObjectType;
      const edge = getNamedType(connection.getFields().edges.type) as GraphQLObjectType;
      const node = getNamedType(edge.getFields().node.type) as GraphQLObjectType;
      const filter = getNamedType(field.args.find((arg) => arg.name === 'filter')!.type);
      const offered = isInputObjectType(filter) && Boolean(filter.getFields().isSynthetic);
      return node.getFields().isSynthetic && !offered && !WITHOUT_SYNTHETIC_FILTER.includes(name) ? [name] : [];
    });
    expect(missing).toEqual([]);
  });

  it('names the replacement of each deprecated list and argument, and the replacement exists', () => {
    const broken: string[] = [];
    for (const [name, field, type] of allFields()) {
      if (field.deprecationReason) {
        const replacement = /`(\w+)`/.exec(field.deprecationReason)?.[1];
        if (!replacement || !type.getFields()[replacement]) {
          broken.push(name);
        }
      }
      for (const argument of field.args.filter((arg) => arg.deprecationReason)) {
        const filter = getNamedType(field.args.find((arg) => arg.name === 'filter')?.type ?? argument.type);
        const named = argument.deprecationReason?.includes(`filter: { ${argument.name} }`);
        if (!named || !isInputObjectType(filter) || !filter.getFields()[argument.name]) {
          broken.push(`${name}(${argument.name})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the flat arguments and plain lists clients already send, deprecated beside their replacements', () => {
    const query = api.getQueryType()!.getFields();
    const artisan = (api.getType('Artisan') as GraphQLObjectType).getFields();
    const deprecatedArguments = (field: GraphQLField<unknown, unknown>) =>
      field.args.filter((arg) => arg.deprecationReason).map((arg) => arg.name);
    expect(deprecatedArguments(query.instructors)).toEqual(['craftSlug']);
    expect(deprecatedArguments(query.competencyStandards)).toEqual(['craftSlug']);
    expect(deprecatedArguments(query.trainingCentres).sort()).toEqual(['provinceCode', 'status']);
    expect(query.exportMarkets.deprecationReason).toContain('exportMarketsConnection');
    expect(query.exportMarkets.args.map((arg) => arg.name).sort()).toEqual(['countryCode', 'group']);
    expect(artisan.enrollments.deprecationReason).toContain('enrollmentsConnection');
    expect(artisan.certificates.deprecationReason).toContain('certificatesConnection');
  });
});
