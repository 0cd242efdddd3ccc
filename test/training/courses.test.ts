import { graphql } from '../generated';
import type { CourseFilter } from '../generated/graphql';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { postGraphql, queryData, type TypedOperation } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createCourse } from '../support/training-fixtures';

const graph = useTestGraph();

const COUNT = graphql(`
  query CoursesCount {
    courses {
      totalCount
    }
  }
`);

describe('built-in dataset', () => {
  it('holds the Cheche online course in Tehran and Mazandaran with its report as source', async () => {
    const CHECHE_COURSE = graphql(`
      query CoursesBuiltIn {
        courses(filter: { provinceCode: "IR-02" }) {
          totalCount
          edges {
            node {
              title
              mode
              audiences
              startsOn
              endsOn
              capacity
              hasFinalExam
              certificateInternationallyRecognized
              isSynthetic
              provider {
                name
                kind
                country {
                  code
                  name
                }
              }
              partners {
                name
                kind
              }
              certificateIssuer {
                name
              }
              provinces {
                code
                name
              }
              agreement {
                title
                signedOn
                signedNoLaterThan
              }
              sources {
                title
                publisher
                publishedOn
                url
              }
            }
          }
        }
      }
    `);
    const { courses } = await queryData(graph.url, CHECHE_COURSE);
    expect(courses!.totalCount).toBe(1);
    expect(courses!.edges[0].node).toMatchObject({
      mode: 'ONLINE',
      audiences: ['PROFESSIONALS', 'UNIVERSITY_GRADUATES'],
      startsOn: null,
      capacity: null,
      hasFinalExam: true,
      certificateInternationallyRecognized: true,
      isSynthetic: false,
      provider: { name: 'Cheche', kind: 'COMPANY', country: { code: 'IT', name: 'Italy' } },
      partners: [{ kind: 'UNIVERSITY' }, { kind: 'GOVERNMENT_BODY' }],
      certificateIssuer: null,
      provinces: [
        { code: 'IR-02', name: 'Mazandaran' },
        { code: 'IR-23', name: 'Tehran' },
      ],
      agreement: { signedOn: null, signedNoLaterThan: '2025-04-19' },
      sources: [{ publisher: null, publishedOn: '2025-04-19', url: null }],
    });
  });

  it('holds the planned Isfahan skills hub under the memorandum with the Technical and Vocational Training Organization', async () => {
    const CENTRES = graphql(`
      query CoursesTrainingCentres {
        trainingCentres(provinceCode: "IR-10") {
          edges {
            node {
              name
              kind
              status
              city
              licenceNumber
              province {
                name
              }
              agreement {
                signedOn
              }
              sources {
                publisher
              }
            }
          }
        }
      }
    `);
    const { trainingCentres } = await queryData(graph.url, CENTRES);
    expect(trainingCentres!.edges).toEqual([
      {
        node: {
          name: 'Handicraft skills hub in Isfahan',
          kind: 'SKILLS_HUB',
          status: 'PLANNED',
          city: 'Isfahan',
          licenceNumber: null,
          province: { name: 'Isfahan' },
          agreement: { signedOn: '2025-04-22' },
          sources: [{ publisher: null }],
        },
      },
    ]);
  });

  it('lists all 31 provinces and the crafts of the exhibition report', async () => {
    const data = await queryData(
      graph.url,
      graphql(`
        query CoursesCatalogue {
          provinces {
            code
          }
          crafts {
            slug
          }
        }
      `),
    );
    expect(data.provinces).toHaveLength(31);
    expect(data.provinces![0].code).toBe('IR-00');
    expect(data.provinces![30].code).toBe('IR-30');
    expect(data.crafts!.map((craft) => craft.slug)).toEqual(
      expect.arrayContaining([
        'kilim',
        'jajim',
        'leather-bags',
        'leather-mosaic',
        'mat-weaving',
        'chit',
        'traditional-dolls',
        'knitwear',
        'pottery',
        'jewelry',
        'wooden-items',
        'copper-utensils',
      ]),
    );
  });
});

describe('courses', () => {
  it('creates a course with several provinces and partners, and filters by province, craft, mode, provider and start dates', async () => {
    const id = await createCourse(graph.url, {
      title: 'Kilim weaving, spring term',
      craftSlugs: ['kilim'],
      mode: 'HYBRID',
      provinceCodes: ['IR-16', 'IR-05'],
      partnerIds: [BUILTIN_ORGANIZATION_IDS.technicalAndVocationalTrainingOrganization],
      startsOn: '2026-03-01',
      endsOn: '2026-05-30',
      capacity: 12,
      language: 'Persian',
      hasFinalExam: true,
    });
    await createCourse(graph.url, {
      title: 'Pottery, autumn term',
      craftSlugs: ['pottery'],
      provinceCodes: ['IR-16'],
      startsOn: '2026-09-01',
    });
    const FILTERED = graphql(`
      query CoursesFiltered($filter: CourseFilter) {
        courses(filter: $filter) {
          edges {
            node {
              title
            }
          }
        }
      }
    `);
    const titles = async (filter: CourseFilter) =>
      (await queryData(graph.url, FILTERED, { filter })).courses!.edges.map((edge) => edge.node.title);
    expect(await titles({ provinceCode: 'IR-16' })).toEqual(['Kilim weaving, spring term', 'Pottery, autumn term']);
    expect(await titles({ provinceCode: 'IR-05' })).toEqual(['Kilim weaving, spring term']);
    expect(await titles({ craftSlug: 'pottery' })).toEqual(['Pottery, autumn term']);
    expect(await titles({ mode: 'HYBRID' })).toEqual(['Kilim weaving, spring term']);
    expect(await titles({ providerId: BUILTIN_ORGANIZATION_IDS.cheche, provinceCode: 'IR-16' })).toHaveLength(2);
    expect(await titles({ providerId: BUILTIN_ORGANIZATION_IDS.technicalAndVocationalTrainingOrganization })).toEqual([]);
    expect(await titles({ startsFrom: '2026-06-01', startsTo: '2026-12-31' })).toEqual(['Pottery, autumn term']);

    const COURSE = graphql(`
      query CoursesOne($id: ID!) {
        course(id: $id) {
          provinces {
            code
          }
          partners {
            name
          }
          certificateIssuer {
            name
          }
          seatsTaken
          capacity
        }
      }
    `);
    const { course } = await queryData(graph.url, COURSE, { id });
    expect(course).toEqual({
      provinces: [{ code: 'IR-05' }, { code: 'IR-16' }],
      partners: [{ name: 'Technical and Vocational Training Organization' }],
      certificateIssuer: { name: 'Cheche' },
      seatsTaken: 0,
      capacity: 12,
    });
  });

  it("lists a province's courses as a connection, batched across provinces", async () => {
    const PROVINCE_COURSES = graphql(`
      query CoursesOfProvinces {
        provinces {
          code
          courses(first: 1) {
            totalCount
            edges {
              node {
                title
              }
            }
          }
        }
      }
    `);
    const { provinces } = await queryData(graph.url, PROVINCE_COURSES);
    const tehran = provinces!.find((province) => province.code === 'IR-23');
    expect(tehran?.courses!.totalCount).toBe(1);
    expect(tehran?.courses!.edges[0].node.title).toMatch(/design and fashion/);
  });

  it('updates a course, replacing its provinces', async () => {
    const id = await createCourse(graph.url, { title: 'To be moved', provinceCodes: ['IR-01'] });
    const UPDATE = graphql(`
      mutation CoursesUpdate($input: UpdateCourseInput!) {
        updateCourse(input: $input) {
          course {
            title
            provinces {
              code
            }
            capacity
          }
          error {
            code
          }
        }
      }
    `);
    const { updateCourse } = await queryData(graph.url, UPDATE, { input: { id, provinceCodes: ['IR-27', 'IR-28'], capacity: 5 } });
    expect(updateCourse).toEqual({
      course: { title: 'To be moved', provinces: [{ code: 'IR-27' }, { code: 'IR-28' }], capacity: 5 },
      error: null,
    });
  });

  it('refuses an unknown provider as a NOT_FOUND payload error and writes nothing', async () => {
    const before = (await queryData(graph.url, COUNT)).courses!.totalCount;
    const ORPHAN = graphql(`
      mutation CoursesOrphan {
        createCourse(
          input: { title: "Orphan", providerId: "00000000-0000-4000-8000-000000000099", mode: ONLINE, provinceCodes: ["IR-02"] }
        ) {
          course {
            id
          }
          error {
            code
            field
          }
        }
      }
    `);
    const { createCourse: payload } = await queryData(graph.url, ORPHAN);
    expect(payload).toEqual({ course: null, error: { code: 'NOT_FOUND', field: 'providerId' } });
    expect((await queryData(graph.url, COUNT)).courses!.totalCount).toBe(before);
  });

  // Bad input on purpose: plain strings, out of codegen's reach.
  it('refuses an end date before the start date with BAD_USER_INPUT naming the argument', async () => {
    const response = await postGraphql(
      graph.url,
      `mutation { createCourse(input: { title: "Backwards", providerId: "${BUILTIN_ORGANIZATION_IDS.cheche}", mode: ONLINE, startsOn: "2026-05-01", endsOn: "2026-04-01" }) { course { id } } }`,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.endsOn' });
    const filter = await postGraphql(graph.url, '{ courses(filter: { startsFrom: "2026-05-01", startsTo: "2026-01-01" }) { totalCount } }');
    expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.startsTo' });
  });

  it('refuses impossible dates and a zero capacity at validation, naming the argument', async () => {
    const badDate = await postGraphql(graph.url, '{ courses(filter: { startsFrom: "2025-02-30" }) { totalCount } }');
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.startsFrom' });
    const zeroCapacity = await postGraphql(
      graph.url,
      `mutation { createCourse(input: { title: "Zero", providerId: "${BUILTIN_ORGANIZATION_IDS.cheche}", mode: ONLINE, capacity: 0 }) { course { id } } }`,
    );
    expect(zeroCapacity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.capacity' });
  });
});

describe('cache hints', () => {
  const cacheControlOf = async <TData>(operation: TypedOperation<TData, Record<string, never>>) =>
    (await postGraphql(graph.url, operation)).headers.get('cache-control');

  it('let a shared cache keep public listings for a minute and the catalogue for an hour', async () => {
    const LISTING = graphql(`
      query CoursesCacheListing {
        courses {
          totalCount
          edges {
            node {
              title
              provider {
                name
              }
              provinces {
                name
              }
              sources {
                title
              }
            }
          }
        }
      }
    `);
    expect(await cacheControlOf(LISTING)).toBe('max-age=60, public');
    const CATALOGUE = graphql(`
      query CoursesCacheCatalogue {
        provinces {
          code
          name
        }
        crafts {
          slug
          hsCodes
        }
      }
    `);
    expect(await cacheControlOf(CATALOGUE)).toBe('max-age=3600, public');
  });

  it('keep anything about people out of shared caches', async () => {
    expect(
      await cacheControlOf(
        graphql(`
          query CoursesCacheArtisans {
            artisans {
              totalCount
            }
          }
        `),
      ),
    ).toBe('no-store');
    const ENROLLMENTS = graphql(`
      query CoursesCacheEnrollments {
        courses {
          edges {
            node {
              title
              enrollments {
                totalCount
              }
            }
          }
        }
      }
    `);
    expect(await cacheControlOf(ENROLLMENTS)).toBe('no-store');
  });
});
