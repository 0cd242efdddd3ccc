import { buildSchema, parse } from 'graphql';

import { apolloCacheConfig, printApolloCacheModule, UndecidedCacheKeyError, unselectedCacheKeys } from './apollo-type-policies';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Query { node(id: ID!): Node courses(first: Int): CourseConnection! country(code: String!): Country viewer: Viewer! }
  type Mutation { createCourse(title: String!): CoursePayload! }
  type Course implements Node { id: ID! title: String! country: Country! period: Period! }
  type CourseConnection { edges: [CourseEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type CourseEdge { cursor: String! node: Course! }
  type PageInfo { hasNextPage: Boolean! }
  type CoursePayload { course: Course }
  type Country { code: String! name: String! }
  type Period { startsOn: String! }
  type Viewer { id: String role: String! }
  union Anything = Course | Country
`);

describe('apolloCacheConfig', () => {
  it('keys a type with id: ID! by id, one without by the key listed for it, and values (listed false, or connections, edges, payloads) not at all', () => {
    const { typePolicies } = apolloCacheConfig(schema, { Country: ['code'], Period: false, Viewer: false });
    expect(typePolicies).toEqual({
      Country: { keyFields: ['code'] },
      Course: { keyFields: ['id'] },
      CourseConnection: { keyFields: false, merge: true },
      CourseEdge: { keyFields: false, merge: true },
      CoursePayload: { keyFields: false, merge: true },
      PageInfo: { keyFields: false, merge: true },
      Period: { keyFields: false, merge: true },
      // A nullable id, or one that is not an ID, is no key.
      Viewer: { keyFields: false, merge: true },
    });
  });

  it('follows the schema: a type that gains id: ID! is keyed by it, whatever the list says', () => {
    const { typePolicies } = apolloCacheConfig(schema, { Country: ['code'], Course: false, Period: false, Viewer: false });
    expect(typePolicies.Course).toEqual({ keyFields: ['id'] });
  });

  it('lists the object types of each interface and union', () => {
    expect(apolloCacheConfig(schema, { Country: ['code'], Period: false, Viewer: false }).possibleTypes).toEqual({
      Anything: ['Country', 'Course'],
      Node: ['Course'],
    });
  });

  it('refuses a type without id: ID! whose key nobody decided, naming every such type', () => {
    expect(() => apolloCacheConfig(schema, { Country: ['code'] })).toThrow(new UndecidedCacheKeyError(['Period', 'Viewer']));
  });
});

describe('printApolloCacheModule', () => {
  it('prints typed typePolicies and possibleTypes, one line a type', () => {
    const graph = buildSchema('type Query { sourceFacts(sourceId: ID!): SourceFacts } type SourceFacts { sourceId: ID! }');
    // The project's own list decides SourceFacts.
    expect(printApolloCacheModule(graph)).toContain(
      [
        'export const typePolicies: TypePolicies = {',
        '  SourceFacts: { keyFields: ["sourceId"] },',
        '};',
        '',
        '/** The object types of each interface and union, for fragments on them (`... on Course`). */',
        'export const possibleTypes: PossibleTypesMap = {',
        '};',
      ].join('\n'),
    );
  });
});

describe('unselectedCacheKeys', () => {
  const graph = buildSchema(`
    type Query { sourceFacts(sourceId: ID!): SourceFacts course(id: ID!): Course }
    type SourceFacts { sourceId: ID! title: String! }
    type Course { id: ID! title: String! facts: SourceFacts! }
  `);

  it('names each object selected without its key, keys selected through fragments counting', () => {
    const document = parse(`
      query {
        sourceFacts(sourceId: "1") { title }
        course(id: "1") { ...CourseTitle facts { ... on SourceFacts { sourceId } title } }
      }
      fragment CourseTitle on Course { id title }
    `);
    expect(unselectedCacheKeys(graph, document)).toEqual(['SourceFacts at line 3 selects no "sourceId"']);
  });
});
