import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  buildASTSchema,
  getNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  parse,
} from 'graphql';

import { projectRoot } from '../support/project-root';

/**
 * The names that front-end code relies on, as the issues list them: a contract
 * with the users. `field(arg1,arg2)` also requires those arguments.
 */
const OUTPUT_CONTRACT: Record<string, string[]> = {
  Query: [
    'provinces',
    'province(code)',
    'crafts',
    'artisans(filter,first,after)',
    'artisan(id)',
    'courses(filter,first,after)',
    'course(id)',
    'agreements(filter,first,after)',
    'organizations',
    'exhibitions(filter,first,after)',
    'exhibition(id)',
    'exportMarkets(group)',
    'exportTotals(filter,groupBy)',
    'exportFigures(filter,first,after)',
    'growthTargets',
    'marketSizes',
  ],
  Mutation: ['enrollArtisan(input)', 'recordExamResult(input)'],
  Province: ['code', 'name', 'nameFa', 'courses(first,after)', 'artisans(first,after)', 'exhibitions(first,after)', 'exports'],
  Craft: ['slug', 'name', 'nameFa', 'hsCodes', 'exhibitions(first,after)', 'exports'],
  Country: ['code', 'name', 'exhibitionsHosted(first,after)', 'exports'],
  Organization: ['id', 'name', 'kind', 'country'],
  Source: ['title', 'publisher', 'publishedOn', 'url'],
  Artisan: ['id', 'name', 'province', 'crafts', 'enrollments', 'certificates', 'exhibitions(first,after)'],
  Course: ['id', 'title', 'mode', 'provider', 'partners', 'provinces', 'startsOn', 'endsOn', 'capacity', 'enrollments', 'sources'],
  Agreement: [
    'id',
    'title',
    'parties',
    'signedOn',
    'validUntil',
    'extendable',
    'financialObligations',
    'commitments',
    'status(on)',
    'sources',
  ],
  Exhibition: [
    'id',
    'name',
    'kind',
    'city',
    'region',
    'country',
    'startsOn',
    'endsOn',
    'organizer',
    'province',
    'crafts',
    'exhibitors(first,after)',
    'exhibitorCount',
    'status(on)',
    'sources',
  ],
  ExportMarket: ['country', 'group', 'sources'],
  ExportTotal: ['solarYear', 'channel', 'destination', 'craft', 'province', 'valueUsd', 'share', 'figures'],
  ExportFigure: ['id', 'period', 'channel', 'valueUsd', 'precision', 'destination', 'craft', 'province', 'sources'],
  TradePeriod: ['solarYear', 'startsOn', 'endsOn'],
};

/** Input fields and enum values of the contract, found through the argument that takes them. */
const ARGUMENT_CONTRACT: Array<[field: string, argument: string, names: string[]]> = [
  ['artisans', 'filter', ['search', 'provinceCode', 'craftSlug']],
  ['enrollArtisan', 'input', ['artisanId', 'courseId']],
  ['exhibitions', 'filter', ['countryCode', 'provinceCode', 'craftSlug', 'status', 'startsFrom', 'startsTo']],
  ['exportTotals', 'filter', ['solarYears', 'channel', 'destinationCode', 'craftSlug', 'provinceCode']],
  ['exportTotals', 'groupBy', ['YEAR', 'CHANNEL', 'DESTINATION', 'CRAFT', 'PROVINCE']],
];

let supergraph: GraphQLSchema;
beforeAll(async () => {
  const sdl = await readFile(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  supergraph = buildASTSchema(parse(sdl), { assumeValidSDL: true });
});

describe('names front-end code relies on', () => {
  it.each(Object.entries(OUTPUT_CONTRACT))('are all on %s in the composed supergraph', (typeName, fields) => {
    const type = supergraph.getType(typeName);
    expect(type && isObjectType(type)).toBe(true);
    const missing = fields.filter((spec) => {
      const [name, argumentList] = spec.replace(')', '').split('(');
      const field = isObjectType(type) ? type.getFields()[name] : undefined;
      return (
        !field ||
        (argumentList ?? '')
          .split(',')
          .filter(Boolean)
          .some((argument) => !field.args.some((arg) => arg.name === argument))
      );
    });
    expect(missing).toEqual([]);
  });

  it.each(ARGUMENT_CONTRACT)('include the names %s(%s) takes', (fieldName, argumentName, names) => {
    const fieldNamed = (type: GraphQLObjectType | null | undefined) => type?.getFields()[fieldName];
    const argument = (fieldNamed(supergraph.getQueryType()) ?? fieldNamed(supergraph.getMutationType()))?.args.find(
      (arg) => arg.name === argumentName,
    );
    const type = argument && getNamedType(argument.type);
    const present = isInputObjectType(type)
      ? Object.keys(type.getFields())
      : isEnumType(type)
        ? type.getValues().map((value) => value.name)
        : [];
    expect(names.filter((name) => !present.includes(name))).toEqual([]);
  });
});
