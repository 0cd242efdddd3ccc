import { graphql } from '../generated';
import type {
  ListsAgreementPageQuery,
  ListsArtisanPageQuery,
  ListsProvinceListsQueryVariables,
  ListsTrainingRecordQuery,
  ListsTrainingRecordQueryVariables,
} from '../generated/graphql';
import { addDays, todayInDomainZone } from '../support/catalogue';
import { type GraphqlResponse, postGraphql, queryData } from '../support/graphql-client';
import { seedSyntheticTraining } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { createArtisan, createCourse, enroll } from '../support/training-fixtures';

const graph = useTestGraph();

/** The province of this file's real artisans and courses. */
const PROVINCE = 'IR-05';
/** Real artisans, by name: "List artisan 1" … "List artisan 5". */
let artisanIds: string[];
/** Real courses in PROVINCE: titles sort B, A, C; start dates early, late, none. */
let courses: { early: string; late: string; undated: string };

const RECORD_PASS = graphql(`
  mutation ListsRecordPass($input: RecordExamResultInput!) {
    recordExamResult(input: $input) {
      certificate {
        serial
      }
      error {
        code
      }
    }
  }
`);

beforeAll(async () => {
  await graph.subgraphs.training.dataSource.transaction((manager) => seedSyntheticTraining(manager, { artisans: 140 }));
  artisanIds = [];
  for (const [index, craft] of ['kilim', 'pottery', 'kilim', 'pottery', 'kilim'].entries()) {
    artisanIds.push(await createArtisan(graph.url, { name: `List artisan ${index + 1}`, provinceCode: PROVINCE, craftSlugs: [craft] }));
  }
  const course = (title: string, startsOn: string | null) =>
    createCourse(graph.url, {
      title,
      provinceCodes: [PROVINCE],
      hasFinalExam: true,
      ...(startsOn ? { startsOn, endsOn: addDays(startsOn, 30) } : {}),
      mode: startsOn ? 'IN_PERSON' : 'ONLINE',
    });
  courses = {
    early: await course('List course B', '2099-01-10'),
    late: await course('List course A', '2099-06-10'),
    undated: await course('List course C', null),
  };
  for (const courseId of [courses.early, courses.late, courses.undated]) {
    expect((await enroll(graph.url, artisanIds[0], courseId)).enrollment).toBeTruthy();
  }
  for (const artisanId of artisanIds.slice(1)) {
    expect((await enroll(graph.url, artisanId, courses.early)).enrollment).toBeTruthy();
  }
  const { rows } = await graph.db.query<{ id: string }>(
    'SELECT id FROM training.enrollment WHERE artisan_id = $1 AND course_id = ANY($2::uuid[]) ORDER BY enrolled_at',
    [artisanIds[0], [courses.early, courses.late]],
  );
  for (const { id } of rows) {
    const { recordExamResult } = await queryData(graph.url, RECORD_PASS, { input: { enrollmentId: id, outcome: 'PASSED', score: 90 } });
    expect(recordExamResult!.certificate).toBeTruthy();
  }
});

/** Fails unless the response has errors and each is BAD_USER_INPUT naming `argumentName` (one per field given the bad argument). */
function expectBadInput(response: GraphqlResponse<unknown>, argumentName: string): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  }
}

const ARTISAN_PAGE = graphql(`
  query ListsArtisanPage($filter: ArtisanFilter, $orderBy: ArtisanOrder!, $first: Int!, $after: String) {
    artisans(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

describe('artisans', () => {
  it('orders by name both ways, and pages of two in NAME_DESC join up to the whole list reversed', async () => {
    const filter = { search: 'List artisan' };
    const ascending = await queryData(graph.url, ARTISAN_PAGE, { filter, orderBy: 'NAME_ASC', first: 100 });
    expect(ascending.artisans!.edges.map((edge) => edge.node.name)).toEqual([1, 2, 3, 4, 5].map((n) => `List artisan ${n}`));
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const { artisans }: ListsArtisanPageQuery = await queryData(graph.url, ARTISAN_PAGE, {
        filter,
        orderBy: 'NAME_DESC',
        first: 2,
        after,
      });
      names.push(...artisans!.edges.map((edge) => edge.node.name!));
      expect(artisans!.totalCount).toBe(5);
      if (!artisans!.pageInfo.hasNextPage) {
        break;
      }
      after = artisans!.pageInfo.endCursor;
    }
    expect(names).toEqual([5, 4, 3, 2, 1].map((n) => `List artisan ${n}`));
  });

  it('leaves synthetic artisans in or out with isSynthetic, together with the other conditions', async () => {
    const synthetic = await queryData(graph.url, ARTISAN_PAGE, { filter: { isSynthetic: true }, orderBy: 'NAME_ASC', first: 1 });
    expect(synthetic.artisans!.totalCount).toBe(140);
    const real = await queryData(graph.url, ARTISAN_PAGE, {
      filter: { isSynthetic: false, craftSlug: 'kilim', provinceCode: PROVINCE },
      orderBy: 'NAME_ASC',
      first: 10,
    });
    expect(real.artisans!.edges.map((edge) => edge.node.id)).toEqual([artisanIds[0], artisanIds[2], artisanIds[4]]);
  });
});

const PROVINCE_LISTS = graphql(`
  query ListsProvinceLists(
    $code: ProvinceCode!
    $courseFilter: CourseFilter
    $courseOrder: CourseOrder!
    $artisanFilter: ArtisanFilter
    $artisanOrder: ArtisanOrder!
    $first: Int!
    $after: String
  ) {
    province(code: $code) {
      courses(filter: $courseFilter, orderBy: $courseOrder, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
          }
        }
      }
      artisans(filter: $artisanFilter, orderBy: $artisanOrder, first: $first) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

describe("a province's courses and artisans", () => {
  const provinceLists = (variables: Partial<ListsProvinceListsQueryVariables>) =>
    queryData(graph.url, PROVINCE_LISTS, {
      code: PROVINCE,
      courseOrder: 'START_DATE_ASC',
      artisanOrder: 'NAME_ASC',
      first: 20,
      ...variables,
    });

  it('takes the filter and orders of the root lists', async () => {
    const real = { isSynthetic: false };
    const byStart = await provinceLists({ courseFilter: real });
    expect(byStart.province?.courses?.edges.map((edge) => edge.node.id)).toEqual([courses.early, courses.late, courses.undated]);
    const latestFirst = await provinceLists({ courseFilter: real, courseOrder: 'START_DATE_DESC' });
    expect(latestFirst.province?.courses?.edges.map((edge) => edge.node.id)).toEqual([courses.late, courses.early, courses.undated]);
    const byTitle = await provinceLists({ courseFilter: real, courseOrder: 'TITLE_ASC' });
    expect(byTitle.province?.courses?.edges.map((edge) => edge.node.title)).toEqual(['List course A', 'List course B', 'List course C']);
    const online = await provinceLists({ courseFilter: { mode: 'ONLINE', isSynthetic: false } });
    expect(online.province?.courses?.edges.map((edge) => edge.node.id)).toEqual([courses.undated]);
    expect(online.province?.courses?.totalCount).toBe(1);
    const starting = await provinceLists({ courseFilter: { startsFrom: '2099-02-01', startsTo: '2099-12-31' } });
    expect(starting.province?.courses?.edges.map((edge) => edge.node.id)).toEqual([courses.late]);

    const potters = await provinceLists({ artisanFilter: { craftSlug: 'pottery', isSynthetic: false }, artisanOrder: 'NAME_DESC' });
    expect(potters.province?.artisans?.edges.map((edge) => edge.node.id)).toEqual([artisanIds[3], artisanIds[1]]);
    expect(potters.province?.artisans?.totalCount).toBe(2);
  });

  it('pages through the courses a province lists, in the order asked for', async () => {
    const first = await provinceLists({ courseFilter: { isSynthetic: false }, courseOrder: 'TITLE_ASC', first: 2 });
    expect(first.province?.courses?.pageInfo.hasNextPage).toBe(true);
    const rest = await provinceLists({
      courseFilter: { isSynthetic: false },
      courseOrder: 'TITLE_ASC',
      first: 2,
      after: first.province?.courses?.pageInfo.endCursor,
    });
    expect(rest.province?.courses?.edges.map((edge) => edge.node.title)).toEqual(['List course C']);
    expect(rest.province?.courses?.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an end before its start with BAD_USER_INPUT naming the field', async () => {
    const response = await postGraphql(graph.url, PROVINCE_LISTS, {
      code: PROVINCE,
      courseOrder: 'START_DATE_ASC',
      artisanOrder: 'NAME_ASC',
      first: 5,
      courseFilter: { startsFrom: '2099-05-01', startsTo: '2099-01-01' },
    });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'filter.startsTo' }),
    ]);
  });
});

const TRAINING_RECORD = graphql(`
  query ListsTrainingRecord(
    $id: ID!
    $enrollmentFilter: EnrollmentFilter
    $enrollmentOrder: EnrollmentOrder!
    $certificateFilter: CertificateFilter
    $certificateOrder: CertificateOrder!
    $first: Int!
    $after: String
  ) {
    artisan(id: $id) {
      enrollments {
        id
      }
      certificates {
        serial
      }
      enrollmentsConnection(filter: $enrollmentFilter, orderBy: $enrollmentOrder, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            isSynthetic
            course {
              id
            }
          }
        }
      }
      certificatesConnection(filter: $certificateFilter, orderBy: $certificateOrder, first: $first) {
        totalCount
        edges {
          node {
            serial
            issuedOn
            isSynthetic
          }
        }
      }
    }
  }
`);

describe("an artisan's enrolments and certificates as connections", () => {
  const record = (variables: Partial<ListsTrainingRecordQueryVariables>) =>
    queryData(graph.url, TRAINING_RECORD, {
      id: artisanIds[0],
      enrollmentOrder: 'OLDEST_FIRST',
      certificateOrder: 'OLDEST_FIRST',
      first: 20,
      ...variables,
    });

  it('list what the deprecated plain lists list, in the same order, a page at a time', async () => {
    const { artisan } = await record({});
    expect(artisan?.enrollmentsConnection?.edges.map((edge) => edge.node.id)).toEqual(
      artisan?.enrollments?.map((enrollment) => enrollment.id),
    );
    expect(artisan?.enrollmentsConnection?.totalCount).toBe(3);
    expect(artisan?.certificatesConnection?.edges.map((edge) => edge.node.serial)).toEqual(
      artisan?.certificates?.map((certificate) => certificate.serial),
    );
    expect(artisan?.certificatesConnection?.edges.every((edge) => edge.node.isSynthetic === false)).toBe(true);

    const pages: string[] = [];
    let after: string | null = null;
    do {
      const { artisan: page }: ListsTrainingRecordQuery = await record({ first: 1, after, enrollmentOrder: 'NEWEST_FIRST' });
      pages.push(...page!.enrollmentsConnection!.edges.map((edge) => edge.node.id));
      after = page!.enrollmentsConnection!.pageInfo.hasNextPage ? page!.enrollmentsConnection!.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([...artisan!.enrollments!.map((enrollment) => enrollment.id)].reverse());
  });

  it('filter enrolments by status, day of enrolment (in Tehran) and isSynthetic, and certificates by date of issue', async () => {
    const today = todayInDomainZone();
    const passed = await record({ enrollmentFilter: { status: 'PASSED' } });
    expect(passed.artisan?.enrollmentsConnection?.edges.map((edge) => edge.node.course.id).sort()).toEqual(
      [courses.early, courses.late].sort(),
    );
    const enrolledToday = await record({ enrollmentFilter: { enrolledFrom: today, enrolledTo: today, isSynthetic: false } });
    expect(enrolledToday.artisan?.enrollmentsConnection?.totalCount).toBe(3);
    const enrolledBefore = await record({ enrollmentFilter: { enrolledTo: addDays(today, -1) } });
    expect(enrolledBefore.artisan?.enrollmentsConnection?.totalCount).toBe(0);
    const synthetic = await record({ enrollmentFilter: { isSynthetic: true } });
    expect(synthetic.artisan?.enrollmentsConnection?.totalCount).toBe(0);

    const issuedToday = await record({ certificateFilter: { issuedFrom: today, issuedTo: today }, certificateOrder: 'NEWEST_FIRST' });
    expect(issuedToday.artisan?.certificatesConnection?.totalCount).toBe(2);
    const issuedLater = await record({ certificateFilter: { issuedFrom: addDays(today, 1) } });
    expect(issuedLater.artisan?.certificatesConnection?.totalCount).toBe(0);
  });

  it('answers bad paging and ranges with BAD_USER_INPUT naming the argument', async () => {
    const base = { id: artisanIds[0], enrollmentOrder: 'OLDEST_FIRST', certificateOrder: 'OLDEST_FIRST' } as const;
    expectBadInput(await postGraphql(graph.url, TRAINING_RECORD, { ...base, first: 0 }), 'first');
    expectBadInput(await postGraphql(graph.url, TRAINING_RECORD, { ...base, first: 5, after: 'bm90IGEgY3Vyc29y' }), 'after');
    expectBadInput(
      await postGraphql(graph.url, TRAINING_RECORD, {
        ...base,
        first: 5,
        enrollmentFilter: { enrolledFrom: '2025-02-01', enrolledTo: '2025-01-01' },
      }),
      'filter.enrolledTo',
    );
    expectBadInput(
      await postGraphql(graph.url, TRAINING_RECORD, {
        ...base,
        first: 5,
        certificateFilter: { issuedFrom: '2025-02-01', issuedTo: '2025-01-01' },
      }),
      'filter.issuedTo',
    );
  });
});

const COURSE_ENROLMENTS = graphql(`
  query ListsCourseEnrollments($id: ID!, $filter: EnrollmentFilter, $orderBy: EnrollmentOrder!) {
    course(id: $id) {
      enrollments(filter: $filter, orderBy: $orderBy, first: 100) {
        totalCount
        edges {
          node {
            status
            artisan {
              id
            }
          }
        }
      }
    }
  }
`);

describe("a course's enrolments", () => {
  it('take a filter and an order', async () => {
    const oldest = await queryData(graph.url, COURSE_ENROLMENTS, { id: courses.early, orderBy: 'OLDEST_FIRST' });
    expect(oldest.course?.enrollments?.edges.map((edge) => edge.node.artisan.id)).toEqual(artisanIds);
    const newest = await queryData(graph.url, COURSE_ENROLMENTS, { id: courses.early, orderBy: 'NEWEST_FIRST' });
    expect(newest.course?.enrollments?.edges.map((edge) => edge.node.artisan.id)).toEqual([...artisanIds].reverse());
    const enrolled = await queryData(graph.url, COURSE_ENROLMENTS, {
      id: courses.early,
      orderBy: 'OLDEST_FIRST',
      filter: { status: 'ENROLLED' },
    });
    expect(enrolled.course?.enrollments?.edges.map((edge) => edge.node.artisan.id)).toEqual(artisanIds.slice(1));
    expect(enrolled.course?.enrollments?.totalCount).toBe(4);
  });
});

const INSTRUCTORS_AND_STANDARDS = graphql(`
  query ListsInstructorsAndStandards($craft: CraftSlug, $synthetic: Boolean) {
    deprecatedInstructors: instructors(craftSlug: $craft, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    instructors(filter: { craftSlug: $craft, isSynthetic: $synthetic }, orderBy: NAME_DESC, first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
    deprecatedStandards: competencyStandards(craftSlug: $craft, first: 100) {
      totalCount
    }
    competencyStandards(filter: { craftSlug: $craft, isSynthetic: $synthetic }, orderBy: TITLE_ASC, first: 100) {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
`);

const TRAINING_CENTRES = graphql(`
  query ListsTrainingCentres($code: ProvinceCode, $status: TrainingCentreStatus, $filter: TrainingCentreFilter) {
    trainingCentres(provinceCode: $code, status: $status, filter: $filter, orderBy: NAME_DESC) {
      totalCount
      edges {
        node {
          name
          province {
            code
          }
          status
        }
      }
    }
  }
`);

describe('lists that took flat arguments', () => {
  it('still answer the deprecated arguments, and the filter gives the same list', async () => {
    const { rows } = await graph.db.query<{ craft: string }>(
      "SELECT craft_slugs[1] AS craft FROM training.instructor WHERE craft_slugs <> '{}' LIMIT 1",
    );
    const craft = rows[0].craft;
    const data = await queryData(graph.url, INSTRUCTORS_AND_STANDARDS, { craft });
    expect(data.deprecatedInstructors!.totalCount).toBeGreaterThan(0);
    expect(data.instructors!.edges.map((edge) => edge.node.id).sort()).toEqual(
      data.deprecatedInstructors!.edges.map((edge) => edge.node.id).sort(),
    );
    const names = data.instructors!.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort().reverse());
    expect(data.competencyStandards!.totalCount).toBe(data.deprecatedStandards!.totalCount);
    const titles = data.competencyStandards!.edges.map((edge) => edge.node.title);
    expect(titles).toEqual([...titles].sort());

    const real = await queryData(graph.url, INSTRUCTORS_AND_STANDARDS, { craft, synthetic: false });
    expect(real.instructors!.totalCount).toBe(0);
  });

  it('refuse a deprecated argument that contradicts the filter with BAD_USER_INPUT naming it', async () => {
    const response = await postGraphql(graph.url, TRAINING_CENTRES, { code: 'IR-04', filter: { provinceCode: 'IR-05' } });
    expectBadInput(response, 'provinceCode');
  });

  it('answer trainingCentres(provinceCode:, status:) as the filter does', async () => {
    const { rows } = await graph.db.query<{ province_code: string; status: string; count: number }>(
      'SELECT province_code, status, count(*)::int AS count FROM training.training_centre GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1',
    );
    const { province_code: code, status, count } = rows[0];
    const deprecated = await queryData(graph.url, TRAINING_CENTRES, { code, status: status as 'PLANNED' });
    const filtered = await queryData(graph.url, TRAINING_CENTRES, { filter: { provinceCode: code, status: status as 'PLANNED' } });
    expect(deprecated.trainingCentres!.totalCount).toBe(count);
    expect(filtered.trainingCentres).toEqual(deprecated.trainingCentres);
    const same = await queryData(graph.url, TRAINING_CENTRES, { code, filter: { provinceCode: code } });
    expect(same.trainingCentres!.totalCount).toBe(count);
  });
});

const AGREEMENT_PAGE = graphql(`
  query ListsAgreementPage($orderBy: AgreementOrder!, $after: String) {
    agreements(orderBy: $orderBy, first: 1, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          stage
        }
      }
    }
  }
`);

describe('agreements', () => {
  it('page one at a time in either order, past a proposed agreement that has no signing date', async () => {
    const walk = async (orderBy: 'SIGNED_DATE_DESC' | 'SIGNED_DATE_ASC') => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { agreements }: ListsAgreementPageQuery = await queryData(graph.url, AGREEMENT_PAGE, { orderBy, after });
        ids.push(...agreements!.edges.map((edge) => edge.node.id));
        if (!agreements!.pageInfo.hasNextPage) {
          return { ids, total: agreements!.totalCount };
        }
        after = agreements!.pageInfo.endCursor;
      }
    };
    const newest = await walk('SIGNED_DATE_DESC');
    const oldest = await walk('SIGNED_DATE_ASC');
    expect(newest.ids).toHaveLength(newest.total);
    expect(newest.total).toBeGreaterThanOrEqual(3);
    expect(oldest.ids).toEqual([...newest.ids].reverse());
  });
});

const NESTED_TRAINING_RECORDS = graphql(`
  query ListsNestedTrainingRecords($first: Int!) {
    artisans(first: $first, filter: { isSynthetic: true }, orderBy: NAME_DESC) {
      edges {
        node {
          enrollmentsConnection(first: 2, filter: { isSynthetic: true }, orderBy: NEWEST_FIRST) {
            totalCount
            edges {
              node {
                status
                course {
                  title
                  enrollments(first: 3, filter: { status: ENROLLED }, orderBy: NEWEST_FIRST) {
                    totalCount
                  }
                }
              }
            }
          }
          certificatesConnection(first: 2, orderBy: NEWEST_FIRST) {
            totalCount
            edges {
              node {
                serial
              }
            }
          }
        }
      }
    }
  }
`);

/** NESTED_TRAINING_RECORDS read backwards in the reverse orders: the same records at every level. */
const NESTED_TRAINING_RECORDS_BACKWARDS = graphql(`
  query ListsNestedTrainingRecordsBackwards($last: Int!) {
    artisans(last: $last, filter: { isSynthetic: true }, orderBy: NAME_ASC) {
      edges {
        node {
          enrollmentsConnection(last: 2, filter: { isSynthetic: true }, orderBy: OLDEST_FIRST) {
            totalCount
            edges {
              node {
                status
                course {
                  title
                  enrollments(last: 3, filter: { status: ENROLLED }, orderBy: OLDEST_FIRST) {
                    totalCount
                  }
                }
              }
            }
          }
          certificatesConnection(last: 2, orderBy: OLDEST_FIRST) {
            totalCount
            edges {
              node {
                serial
              }
            }
          }
        }
      }
    }
  }
`);

const NESTED_PROVINCE_LISTS = graphql(`
  query ListsNestedProvinceLists($first: Int!) {
    artisans(first: $first, filter: { isSynthetic: true }, orderBy: NAME_DESC) {
      edges {
        node {
          province {
            courses(first: 2, filter: { isSynthetic: true }, orderBy: TITLE_ASC) {
              totalCount
              edges {
                node {
                  title
                }
              }
            }
            artisans(first: 2, filter: { craftSlug: "kilim" }, orderBy: NAME_DESC) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

describe('SQL statements per operation', () => {
  /** Returns the training subgraph's statements for `run` with `first: 5` and with `first: 100`, checking that each page is full. */
  const statementsFor = async (run: (first: number) => Promise<{ artisans: { edges: unknown[] } | null }>) => {
    const counts: number[] = [];
    for (const first of [5, 100]) {
      const { result, statements } = await graph.countStatements(() => run(first));
      expect(result.artisans!.edges).toHaveLength(first);
      counts.push(statements.training);
    }
    return counts;
  };

  it("are the same for artisans(first: 5) and artisans(first: 100) with each one's enrolments, their courses' enrolments and certificates as connections", async () => {
    const [five, hundred] = await statementsFor((first) => queryData(graph.url, NESTED_TRAINING_RECORDS, { first }));
    process.stdout.write(`training statements for enrolments and certificates under artisans(first: 5 | 100): ${five} | ${hundred}\n`);
    expect(hundred).toBe(five);
    expect(five).toBeLessThanOrEqual(10);
  });

  it('are as many reading the same records backwards at every level (last: 5 | 100 in the reverse orders) as forwards', async () => {
    const forwards = await statementsFor((first) => queryData(graph.url, NESTED_TRAINING_RECORDS, { first }));
    const backwards = await statementsFor((last) => queryData(graph.url, NESTED_TRAINING_RECORDS_BACKWARDS, { last }));
    process.stdout.write(`training statements under artisans, forwards | backwards: ${forwards.join(', ')} | ${backwards.join(', ')}\n`);
    expect(backwards).toEqual(forwards);
  });

  it("are the same for artisans(first: 5) and artisans(first: 100) with their province's courses and artisans, filtered and ordered", async () => {
    const [five, hundred] = await statementsFor((first) => queryData(graph.url, NESTED_PROVINCE_LISTS, { first }));
    process.stdout.write(`training statements for province lists under artisans(first: 5 | 100): ${five} | ${hundred}\n`);
    expect(hundred).toBe(five);
    expect(five).toBeLessThanOrEqual(7);
  });
});
