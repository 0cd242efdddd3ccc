import {
  type DocumentNode,
  getNamedType,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isNonNullType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/** How Apollo Client's cache identifies objects of one type: by these fields (a nested array selects inside the field before it), or not at all (`false`). */
export type CacheKey = readonly (string | readonly string[])[] | false;

/**
 * The key of each object type that has no `id: ID!`, decided one by one: the
 * fields that name one thing of the graph, or `false` for a value, which the
 * cache keeps inside the object whose field returned it. A type with
 * `id: ID!` needs no entry (its key is `id`); a connection, an edge or a
 * mutation's payload needs none either (see `isValueByName`).
 */
export const KEYS_OF_TYPES_WITHOUT_ID: Readonly<Record<string, CacheKey>> = {
  // What one source supports, named by the source (its federation key).
  SourceFacts: ['sourceId'],
  // An HS code as one craft lists it: whether it covers only that craft depends on the craft.
  CraftHsCode: false,
  // A market entry's own id is not in the API: it stays inside the field that lists it.
  ExportMarket: false,
  // Parts of the record that holds them.
  AgreementCommitment: false,
  AgreementParty: false,
  Attribution: false,
  Derivation: false,
  UsedDerivation: false,
  Speaker: false,
  TradePeriod: false,
  MutationError: false,
  // Computed for the arguments of the field that returns them.
  ExportTotal: false,
  GrowthTargetProgress: false,
  MarketShare: false,
  WorldCraftDesignationCount: false,
  // Who is calling: one per request, under `Query.viewer`.
  Viewer: false,
};

/** Apollo Client's policy of one object type, as the generated `typePolicies` hold it. */
export interface TypePolicy {
  readonly keyFields: CacheKey;
  /** Set on values: an answer's fields are merged into those the cache holds under the same field, instead of replacing them with a warning. */
  readonly merge?: true;
}

/** What the generated module holds: `typePolicies` and `possibleTypes` for Apollo Client's `InMemoryCache`. */
export interface ApolloCacheConfig {
  readonly typePolicies: Readonly<Record<string, TypePolicy>>;
  readonly possibleTypes: Readonly<Record<string, readonly string[]>>;
}

/** Why a schema's object type has no key: it has no `id: ID!`, and `KEYS_OF_TYPES_WITHOUT_ID` does not list it. */
export class UndecidedCacheKeyError extends Error {
  constructor(readonly typeNames: readonly string[]) {
    super(
      `No cache key decided for ${typeNames.join(', ')}: give each an \`id: ID!\` field, or list its key (or false for a value) ` +
        'in KEYS_OF_TYPES_WITHOUT_ID (scripts/codegen/apollo-type-policies.ts).',
    );
  }
}

/** Returns whether a type has the field `id: ID!`. */
export function hasIdField(type: GraphQLObjectType): boolean {
  const id = type.getFields().id;
  return id !== undefined && isNonNullType(id.type) && getNamedType(id.type).name === 'ID';
}

/** Returns whether a type's name says it is a value: a connection, an edge, `PageInfo`, or a mutation's payload. */
export function isValueByName(name: string): boolean {
  return name === 'PageInfo' || /(Connection|Edge|Payload)$/.test(name);
}

/**
 * Returns the cache configuration of `schema`'s object types (root types
 * aside): key `id` for a type with `id: ID!`, the listed key of one without,
 * `false` with `merge` for a value; and the object types of each interface and
 * union. Throws UndecidedCacheKeyError naming every type left undecided.
 */
export function apolloCacheConfig(
  schema: GraphQLSchema,
  keysOfTypesWithoutId: Readonly<Record<string, CacheKey>> = KEYS_OF_TYPES_WITHOUT_ID,
): ApolloCacheConfig {
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const namedTypes = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const typePolicies: Record<string, TypePolicy> = {};
  const undecided: string[] = [];
  for (const type of namedTypes.filter((named): named is GraphQLObjectType => isObjectType(named) && !rootTypes.has(named))) {
    const keyFields = hasIdField(type) ? ['id'] : isValueByName(type.name) ? false : keysOfTypesWithoutId[type.name];
    if (keyFields === undefined) {
      undecided.push(type.name);
    } else {
      typePolicies[type.name] = keyFields === false ? { keyFields, merge: true } : { keyFields };
    }
  }
  if (undecided.length > 0) {
    throw new UndecidedCacheKeyError(undecided);
  }
  const possibleTypes = Object.fromEntries(
    namedTypes
      .filter((type: GraphQLNamedType) => isAbstractType(type))
      .map((type) => [
        type.name,
        schema
          .getPossibleTypes(type)
          .map((possible) => possible.name)
          .sort(),
      ]),
  );
  return { typePolicies, possibleTypes };
}

/**
 * Returns where `document` selects an object of a type keyed by fields
 * without selecting them all (`Province at line 12 selects no "code"`):
 * Apollo Client, with the generated policies, refuses to cache such an
 * answer ("Missing field"). Fields selected through fragments count.
 */
export function unselectedCacheKeys(schema: GraphQLSchema, document: DocumentNode): string[] {
  const { typePolicies } = apolloCacheConfig(schema);
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const typeInfo = new TypeInfo(schema);
  const problems: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(selectionSet) {
        const type = getNamedType(typeInfo.getType());
        const keyFields = type ? typePolicies[type.name]?.keyFields : undefined;
        if (!keyFields) {
          return;
        }
        const selected = new Set<string>();
        const collect = (selections: typeof selectionSet.selections) => {
          for (const selection of selections) {
            if (selection.kind === Kind.FIELD) {
              selected.add(selection.name.value);
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              collect(selection.selectionSet.selections);
            } else {
              collect(fragments.get(selection.name.value)?.selectionSet.selections ?? []);
            }
          }
        };
        collect(selectionSet.selections);
        const missing = keyFields.filter((field): field is string => typeof field === 'string' && !selected.has(field));
        if (missing.length > 0) {
          problems.push(
            `${type!.name} at line ${selectionSet.loc?.startToken.line ?? '?'} selects no ${missing.map((field) => `"${field}"`).join(', ')}`,
          );
        }
      },
    }),
  );
  return problems;
}

/** Returns the TypeScript module `npm run codegen` writes to clients/typed/type-policies.ts for `schema`. */
export function printApolloCacheModule(schema: GraphQLSchema): string {
  const { typePolicies, possibleTypes } = apolloCacheConfig(schema);
  return [
    '/* Written by `npm run codegen` from schema/api.graphql (scripts/codegen/apollo-type-policies.ts): do not edit. */',
    "import type { PossibleTypesMap, TypePolicies } from '@apollo/client';",
    '',
    '/**',
    " * Apollo Client's `InMemoryCache` policies of every object type of the graph:",
    ' * `keyFields: ["id"]` where the type has `id: ID!`, the fields that name it',
    ' * where it has none, and `keyFields: false` (kept inside the object that',
    ' * holds it, merged) for values: connections, edges, payloads, computed results.',
    ' */',
    'export const typePolicies: TypePolicies = {',
    ...Object.entries(typePolicies).map(
      ([name, { keyFields, merge }]) => `  ${name}: { keyFields: ${JSON.stringify(keyFields)}${merge ? ', merge: true' : ''} },`,
    ),
    '};',
    '',
    '/** The object types of each interface and union, for fragments on them (`... on Course`). */',
    'export const possibleTypes: PossibleTypesMap = {',
    ...Object.entries(possibleTypes).map(([name, types]) => `  ${name}: ${JSON.stringify(types)},`),
    '};',
    '',
  ].join('\n');
}
