import { PROVINCES } from '../../services/shared/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { bulkMutate } from '../support/bulk';
import { startTestGraph, type TestGraph } from '../support/test-graph';
import { createCourse } from '../support/training-fixtures';

let graph: TestGraph;
let artisanIds: string[];
beforeAll(async () => {
  graph = await startTestGraph();
  const url = graph.gateway.url;
  const courseIds = await Promise.all(
    ['Batch course A', 'Batch course B', 'Batch course C'].map((title, index) =>
      createCourse(url, { title, provinceCodes: [PROVINCES[index].code, PROVINCES[index + 10].code], hasFinalExam: true }),
    ),
  );
  const artisans = await bulkMutate(
    url,
    'createArtisan',
    'CreateArtisanInput',
    Array.from({ length: 120 }, (_, index) => ({ name: `Batch artisan ${String(index).padStart(3, '0')}`, provinceCode: PROVINCES[index % 31].code, craftSlugs: ['kilim'] })),
    '{ artisan { id } }',
  );
  artisanIds = artisans.map((payload) => payload.artisan.id);
  const enrollments = await bulkMutate(
    url,
    'enrollArtisan',
    'EnrollArtisanInput',
    artisanIds.flatMap((artisanId, index) => [
      { artisanId, courseId: courseIds[index % 3] },
      { artisanId, courseId: courseIds[(index + 1) % 3] },
    ]),
    '{ enrollment { id } error { code } }',
  );
  await bulkMutate(
    url,
    'recordExamResult',
    'RecordExamResultInput',
    enrollments.filter((_, index) => index % 4 === 0).map((payload) => ({ enrollmentId: payload.enrollment.id, outcome: 'PASSED' })),
    '{ certificate { serial } }',
  );
});
afterAll(() => graph?.stop());

describe('SQL statements per operation', () => {
  const artisansWithEverything = `query($first: Int!) { artisans(first: $first, filter: { search: "Batch artisan" }) {
    totalCount
    edges { node {
      name province { name } crafts { name }
      enrollments { status course { title provider { name } partners { name } provinces { name courses(first: 2) { totalCount edges { node { title } } } } } }
      certificates { serial issuer { name } }
    } }
  } }`;

  it('is the same for artisans(first: 5) and artisans(first: 100) with enrolments, courses and certificates', async () => {
    const statementsFor = async (first: number) =>
      graph.subgraphs.training.sql.countDuring(async () => {
        const data = await queryData(graph.gateway.url, artisansWithEverything, { first });
        expect(data.artisans.edges).toHaveLength(first);
        expect(data.artisans.edges[first - 1].node.enrollments).toHaveLength(2);
      });
    const five = await statementsFor(5);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(five);
    expect(five).toBeLessThanOrEqual(12);
  });

  it('answers a gateway _entities batch of artisans with one SQL statement, in key order, null for unknown keys', async () => {
    const representations = [...artisanIds.slice(0, 50).map((id) => ({ __typename: 'Artisan', id })), { __typename: 'Artisan', id: '00000000-0000-4000-8000-000000000000' }];
    let response: any;
    const statements = await graph.subgraphs.training.sql.countDuring(async () => {
      response = await postGraphql(
        graph.subgraphs.training.url,
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Artisan { id name } } }',
        { representations },
      );
    });
    expect(statements).toBe(1);
    expect(response.data._entities.slice(0, 50).map((entity: any) => entity.id)).toEqual(artisanIds.slice(0, 50));
    expect(response.data._entities[50]).toBeNull();
  });

  it('resolves catalogue entities without any SQL', async () => {
    let response: any;
    const statements = await graph.subgraphs.training.sql.countDuring(async () => {
      response = await postGraphql(
        graph.subgraphs.training.url,
        `{ _entities(representations: [{ __typename: "Province", code: "IR-16" }, { __typename: "Craft", slug: "kilim" }, { __typename: "Country", code: "IQ" }, { __typename: "Province", code: "IR-99" }]) {
          ... on Province { name nameFa } ... on Craft { name hsCodes } ... on Country { name } } }`,
      );
    });
    expect(statements).toBe(0);
    expect(response.data._entities).toEqual([{ name: 'Ilam', nameFa: 'ایلام' }, { name: 'Kilim', hsCodes: ['570210'] }, { name: 'Iraq' }, null]);
  });
});
