// @durationSeconds 41 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { asGatewayFor } from '../support/access';
import { bulkMutate } from '../support/bulk';
import { PROVINCES } from '../support/catalogue';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createCourse } from '../support/training-fixtures';

const graph = useTestGraph();

let artisanIds: string[];
beforeAll(async () => {
  const courseIds = await Promise.all(
    ['Batch course A', 'Batch course B', 'Batch course C'].map((title, index) =>
      createCourse(graph.url, { title, provinceCodes: [PROVINCES[index].code, PROVINCES[index + 10].code], hasFinalExam: true }),
    ),
  );
  const artisans = await bulkMutate(
    graph.url,
    graphql(`
      mutation BatchingCreateArtisan($input: CreateArtisanInput!) {
        createArtisan(input: $input) {
          artisan {
            id
          }
        }
      }
    `),
    Array.from({ length: 120 }, (_, index) => ({
      name: `Batch artisan ${String(index).padStart(3, '0')}`,
      provinceCode: PROVINCES[index % 31].code,
      craftSlugs: ['kilim'],
    })),
  );
  artisanIds = artisans.map((payload) => payload!.artisan!.id);
  const enrollments = await bulkMutate(
    graph.url,
    graphql(`
      mutation BatchingEnroll($input: EnrollArtisanInput!) {
        enrollArtisan(input: $input) {
          enrollment {
            id
          }
          error {
            code
          }
        }
      }
    `),
    artisanIds.flatMap((artisanId, index) => [
      { artisanId, courseId: courseIds[index % 3] },
      { artisanId, courseId: courseIds[(index + 1) % 3] },
    ]),
  );
  await bulkMutate(
    graph.url,
    graphql(`
      mutation BatchingRecordResult($input: RecordExamResultInput!) {
        recordExamResult(input: $input) {
          certificate {
            serial
          }
        }
      }
    `),
    enrollments
      .filter((_, index) => index % 4 === 0)
      .map((payload) => ({ enrollmentId: payload!.enrollment!.id, outcome: 'PASSED' as const })),
  );
});

/*
 * Operations sent straight to a subgraph, as the gateway sends them, stay
 * strings with their result type written out: `_entities` is not part of the
 * API schema that codegen checks operations against.
 */
type ArtisanEntities = { _entities: Array<{ id: string; name: string } | null> };
type CatalogueEntities = { _entities: Array<{ name: string; nameFa?: string; hsCodes?: string[] } | null> };

describe('SQL statements per operation', () => {
  const ARTISANS_WITH_EVERYTHING = graphql(`
    query BatchingArtisans($first: Int!) {
      artisans(first: $first, filter: { search: "Batch artisan" }) {
        totalCount
        edges {
          node {
            name
            province {
              name
            }
            crafts {
              name
            }
            enrollments {
              status
              course {
                title
                provider {
                  name
                }
                partners {
                  name
                }
                provinces {
                  name
                  courses(first: 2) {
                    totalCount
                    edges {
                      node {
                        title
                      }
                    }
                  }
                }
              }
            }
            certificates {
              serial
              issuer {
                name
              }
            }
          }
        }
      }
    }
  `);

  it('is the same for artisans(first: 5) and artisans(first: 100) with enrolments, courses and certificates', async () => {
    const statementsFor = async (first: number) => {
      const { result: data, statements } = await graph.countStatements(() => queryData(graph.url, ARTISANS_WITH_EVERYTHING, { first }));
      expect(data.artisans!.edges).toHaveLength(first);
      expect(data.artisans!.edges[first - 1].node.enrollments).toHaveLength(2);
      return statements.training;
    };
    const five = await statementsFor(5);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(five);
    expect(five).toBeLessThanOrEqual(12);
  });

  it('answers a gateway _entities batch of artisans with one SQL statement, in key order, null for unknown keys', async () => {
    const representations = [
      ...artisanIds.slice(0, 50).map((id) => ({ __typename: 'Artisan', id })),
      { __typename: 'Artisan', id: '00000000-0000-4000-8000-000000000000' },
    ];
    const { result: response, statements } = await graph.countStatements(() =>
      postGraphql<ArtisanEntities>(
        asGatewayFor(graph.subgraphs.training.url),
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Artisan { id name } } }',
        { representations },
      ),
    );
    expect(statements.training).toBe(1);
    expect(response.data?._entities.slice(0, 50).map((entity) => entity?.id)).toEqual(artisanIds.slice(0, 50));
    expect(response.data?._entities[50]).toBeNull();
  });

  it('resolves catalogue entities without any SQL', async () => {
    const { result: response, statements } = await graph.countStatements(() =>
      postGraphql<CatalogueEntities>(
        asGatewayFor(graph.subgraphs.training.url),
        `{ _entities(representations: [
            { __typename: "Province", code: "IR-16" }, { __typename: "Craft", slug: "kilim" }, { __typename: "Country", code: "IQ" }, { __typename: "Province", code: "IR-99" }
          ]) { ... on Province { name nameFa } ... on Craft { name hsCodes } ... on Country { name } } }`,
      ),
    );
    expect(statements.training).toBe(0);
    expect(response.data?._entities).toEqual([
      { name: 'Ilam', nameFa: 'ایلام' },
      { name: 'Kilim', hsCodes: ['570210'] },
      { name: 'Iraq' },
      null,
    ]);
  });
});
