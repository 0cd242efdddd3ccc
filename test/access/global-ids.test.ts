import { ApolloClient, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

import { graphql } from '../generated';
import { useAuthorizationWorld } from '../support/authorization-fixtures';
import { operationText, postGraphql, queryData, type TypedOperation } from '../support/graphql-client';
import { seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();
const { world, anonymous, partnerA, partnerB, analyst } = useAuthorizationWorld(graph);

const NODE_OF_EACH_SUBGRAPH = graphql(`
  query GlobalIdsNodeOfEachSubgraph($artisan: ID!, $exhibition: ID!, $figure: ID!, $country: ID!) {
    artisan: node(id: $artisan) {
      __typename
      id
      ... on Artisan {
        name
        province {
          code
        }
      }
    }
    exhibition: node(id: $exhibition) {
      __typename
      id
      ... on Exhibition {
        name
        organizer {
          id
          name
        }
      }
    }
    figure: node(id: $figure) {
      __typename
      id
      ... on ExportFigure {
        valueUsd
        channel
      }
    }
    country: node(id: $country) {
      __typename
      id
      ... on Country {
        code
        name
        exhibitionsHosted(first: 5) {
          totalCount
        }
      }
    }
  }
`);

const FIRST_EXPORT_FIGURE = graphql(`
  query GlobalIdsFirstExportFigure {
    exportFigures(first: 1) {
      edges {
        node {
          id
          valueUsd
          channel
        }
      }
    }
  }
`);

const CATALOGUE_IDS = graphql(`
  query GlobalIdsCatalogue {
    province(code: "IR-02") {
      id
      name
    }
    craft(slug: "kilim") {
      id
      name
    }
    country(code: "IQ") {
      id
      name
    }
  }
`);

const NODES = graphql(`
  query GlobalIdsNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Course {
        title
      }
      ... on Province {
        code
        name
      }
      ... on Craft {
        slug
      }
      ... on Exhibition {
        name
      }
      ... on Organization {
        name
      }
    }
  }
`);

const COURSES = graphql(`
  query GlobalIdsCourses {
    courses(first: 10) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const COURSE_BY_ID = graphql(`
  query GlobalIdsCourseById($id: ID!) {
    course(id: $id) {
      id
      title
    }
  }
`);

const ARTISAN_AND_NODE = graphql(`
  query GlobalIdsArtisanAndNode($id: ID!) {
    artisan(id: $id) {
      id
      name
      listedPublicly
    }
    node(id: $id) {
      id
      ... on Artisan {
        name
        listedPublicly
      }
    }
  }
`);

const IDS_OF_EVERY_NODE_TYPE = graphql(`
  query GlobalIdsOfEveryNodeType {
    agreements(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    artisans(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    competencyStandards(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    courses(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    instructors(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    officialVisits {
      __typename
      id
    }
    organizations(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    trainingCentres(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    exhibitions(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    marketingActivities {
      __typename
      id
    }
    worldCraftDesignations(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    exportFigures(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    growthTargets {
      __typename
      id
    }
    marketSizes {
      __typename
      id
    }
    policyDocuments {
      __typename
      id
    }
    sources(first: 1) {
      edges {
        node {
          __typename
          id
        }
      }
    }
    yearSlogans {
      __typename
      id
    }
    countries: exportMarkets {
      country {
        __typename
        id
      }
    }
    provinces {
      __typename
      id
    }
    crafts {
      __typename
      id
    }
    __type(name: "Node") {
      possibleTypes {
        name
      }
    }
  }
`);

const TYPES_OF_NODES = graphql(`
  query GlobalIdsTypesOfNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);

const RECORD_DESIGNATION = graphql(`
  mutation GlobalIdsRecordDesignation($input: RecordWorldCraftDesignationInput!) {
    recordWorldCraftDesignation(input: $input) {
      designation {
        id
      }
    }
  }
`);

const COUNTRY_BY_CODE = graphql(`
  query GlobalIdsCountryByCode {
    country(code: "IQ") {
      id
      name
    }
  }
`);

const COUNTRY_BY_NODE = graphql(`
  query GlobalIdsCountryByNode {
    node(id: "Country:IQ") {
      __typename
      id
      ... on Country {
        code
        name
      }
    }
  }
`);

/** Returns a test operation (its text, typed) as the parsed document Apollo Client takes. */
function apolloDocument<TData, TVariables>(operation: TypedOperation<TData, TVariables>): TypedDocumentNode<TData, TVariables> {
  return parse(operationText(operation as TypedOperation<unknown, never>));
}

/** The built-in dataset's first export figure. */
async function firstExportFigure() {
  const { exportFigures } = await queryData(graph.url, FIRST_EXPORT_FIGURE);
  return exportFigures!.edges[0].node;
}

describe('node(id:)', () => {
  it('answers a record of each subgraph, and a typed catalogue id, with the fields its own subgraph resolves', async () => {
    const figure = await firstExportFigure();
    const {
      artisan,
      exhibition,
      figure: figureNode,
      country,
    } = await queryData(partnerA(), NODE_OF_EACH_SUBGRAPH, {
      artisan: world.artisans.unlistedA,
      exhibition: world.exhibitions.a,
      figure: figure.id,
      country: 'Country:IR',
    });
    expect(artisan).toEqual({ __typename: 'Artisan', id: world.artisans.unlistedA, name: 'Unlisted Weaver', province: { code: 'IR-21' } });
    expect(exhibition).toEqual({
      __typename: 'Exhibition',
      id: world.exhibitions.a,
      name: 'Exhibition of A',
      organizer: { id: world.organizationA, name: expect.any(String) },
    });
    expect(figureNode).toEqual({ __typename: 'ExportFigure', id: figure.id, valueUsd: figure.valueUsd, channel: figure.channel });
    expect(country).toEqual({
      __typename: 'Country',
      id: 'Country:IR',
      code: 'IR',
      name: 'Iran',
      exhibitionsHosted: { totalCount: expect.any(Number) },
    });
  });

  it('takes the ids that root fields give, and gives ids that root fields take', async () => {
    const { province, craft, country } = await queryData(graph.url, CATALOGUE_IDS);
    expect([province?.id, craft?.id, country?.id]).toEqual(['Province:IR-02', 'Craft:kilim', 'Country:IQ']);
    const { nodes } = await queryData(graph.url, NODES, { ids: [province!.id, craft!.id] });
    expect(nodes).toEqual([
      { __typename: 'Province', id: 'Province:IR-02', code: 'IR-02', name: province!.name },
      { __typename: 'Craft', id: 'Craft:kilim', slug: 'kilim' },
    ]);

    const courses = (await queryData(graph.url, COURSES)).courses!.edges.map((edge) => edge.node);
    expect(courses.length).toBeGreaterThan(1);
    const fromNodes = await queryData(graph.url, NODES, { ids: courses.map((course) => course.id) });
    expect(fromNodes.nodes).toEqual(courses.map((course) => ({ __typename: 'Course', ...course })));
    const { course } = await queryData(graph.url, COURSE_BY_ID, { id: fromNodes.nodes![0]!.id });
    expect(course).toEqual(courses[0]);
  });

  it('answers an artisan exactly as artisan(id:) does for the same caller: its personal fields stay guarded', async () => {
    for (const caller of [anonymous(), partnerB()]) {
      const response = await postGraphql(caller, ARTISAN_AND_NODE, { id: world.artisans.unlistedA });
      expect(response.data?.node).toEqual(response.data?.artisan);
      expect(response.data?.node).toEqual({ id: world.artisans.unlistedA, name: null, listedPublicly: false });
      expect((response.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
        ['artisan.name', 'FORBIDDEN'],
        ['node.name', 'FORBIDDEN'],
      ]);
    }
    const seen = await queryData(analyst(), ARTISAN_AND_NODE, { id: world.artisans.unlistedA });
    expect(seen.node).toEqual({ id: world.artisans.unlistedA, name: 'Unlisted Weaver', listedPublicly: false });
    expect(seen.node).toEqual(seen.artisan);
  });

  it('answers an id of every type that implements Node, as the lists give them', async () => {
    // The built-in dataset has no instructors, competency standards or designations by name.
    await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 20 }));
    await queryData(graph.url, RECORD_DESIGNATION, { input: { kind: 'CITY', placeName: 'Lalejin', provinceCode: 'IR-13' } });
    const { __type: node, ...lists } = await queryData(analyst(), IDS_OF_EVERY_NODE_TYPE);
    const records = Object.values(lists).flatMap((list) => {
      const items: unknown[] = Array.isArray(list) ? list : list!.edges.map((edge: { node: unknown }) => edge.node);
      return items.slice(0, 1).map((item) => ('country' in (item as object) ? (item as { country: unknown }).country : item));
    }) as Array<{ __typename: string; id: string }>;
    const types = records.map((record) => record.__typename).sort();
    expect(types).toEqual(node!.possibleTypes!.map((type) => type.name).sort());
    const { nodes } = await queryData(analyst(), TYPES_OF_NODES, { ids: records.map((record) => record.id) });
    expect(nodes).toEqual(records);
  });

  it('answers null, not an error, for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', 'Country:ZZ', 'Country:ir', 'Nothing:IR', '']) {
      const response = await postGraphql(graph.url, NODES, { ids: [id] });
      expect(response).toMatchObject({ status: 200, data: { nodes: [null] } });
      expect(response.errors).toBeUndefined();
    }
  });
});

describe('a client cache', () => {
  it("keeps one Apollo Client cache entry for a record however it was reached: by id, with InMemoryCache's defaults", async () => {
    const cache = new InMemoryCache();
    const client = new ApolloClient({ link: new HttpLink({ uri: graph.url }), cache });
    const byCode = await client.query({ query: apolloDocument(COUNTRY_BY_CODE) });
    const byNode = await client.query({ query: apolloDocument(COUNTRY_BY_NODE) });
    expect(byCode.data?.country).toEqual({ __typename: 'Country', id: 'Country:IQ', name: 'Iraq' });
    expect(byNode.data?.node).toEqual({ __typename: 'Country', id: 'Country:IQ', code: 'IQ', name: 'Iraq' });
    const entry = cache.identify({ __typename: 'Country', id: 'Country:IQ' });
    expect(entry).toBe('Country:Country:IQ');
    const root = cache.extract().ROOT_QUERY as Record<string, unknown>;
    expect(root['country({"code":"IQ"})']).toEqual({ __ref: entry });
    expect(root['node({"id":"Country:IQ"})']).toEqual({ __ref: entry });
    expect(cache.extract()[entry!]).toEqual({ __typename: 'Country', id: 'Country:IQ', code: 'IQ', name: 'Iraq' });
  });
});

describe('nodes(ids:)', () => {
  it('answers ids of several subgraphs in order, with null at unknown ids', async () => {
    const { nodes } = await queryData(graph.url, NODES, {
      ids: [world.courses.a, 'Province:IR-21', world.exhibitions.b, '00000000-0000-4000-8000-000000000000', world.organizationB, 'garbage'],
    });
    expect(nodes!.map((node) => node && [node.__typename, node.id])).toEqual([
      ['Course', world.courses.a],
      ['Province', 'Province:IR-21'],
      ['Exhibition', world.exhibitions.b],
      null,
      ['Organization', world.organizationB],
      null,
    ]);
  });

  it('asks each subgraph once for the types of all its ids, however many', async () => {
    const courses = (await queryData(graph.url, COURSES)).courses!.edges.map((edge) => edge.node.id);
    const counted = (ids: string[]) => graph.countStatements(() => queryData(graph.url, NODES, { ids }));
    const one = await counted([courses[0], world.exhibitions.a]);
    const many = await counted([...courses, world.exhibitions.a, world.exhibitions.b]);
    expect(many.result.nodes!.filter((node) => node !== null)).toHaveLength(courses.length + 2);
    // One statement for the types, one for the courses' fields; exhibitions likewise.
    expect(many.statements.training).toBe(one.statements.training);
    expect(many.statements.exhibitions).toBe(one.statements.exhibitions);
    expect(many.statements.training).toBeLessThanOrEqual(2);
    expect(many.statements.trade).toBeLessThanOrEqual(1);
  });

  it('refuses more than 100 ids as BAD_USER_INPUT naming ids', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `Province:IR-${String(index % 31).padStart(2, '0')}`);
    const response = await postGraphql(graph.url, NODES, { ids });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids' });
    const hundred = await postGraphql(graph.url, NODES, { ids: ids.slice(0, 100) });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data?.nodes).toHaveLength(100);
  });
});
