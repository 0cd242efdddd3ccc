// @durationSeconds 46 (on the two-core machine, 2026-12-07): test/support/slowest-first-sequencer.js starts the slowest files first.
import { graphql } from '../generated';
import { forbiddenPaths, useAuthorizationWorld, WORLD_PROVINCE } from '../support/authorization-fixtures';
import { todayInDomainZone } from '../support/catalogue';
import { postGraphql } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';

const graph = useTestGraph();
const { world, anonymous, partnerA, partnerB, analyst } = useAuthorizationWorld(graph);

const TRAINING_RECORD = graphql(`
  query ListsAccessTrainingRecord($id: ID!) {
    artisan(id: $id) {
      id
      enrollmentsConnection(filter: { isSynthetic: false }, orderBy: NEWEST_FIRST) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      certificatesConnection(filter: { isSynthetic: false }, orderBy: NEWEST_FIRST) {
        totalCount
        edges {
          node {
            serial
          }
        }
      }
    }
  }
`);

describe("an artisan's enrolments and certificates as connections", () => {
  it('are null with FORBIDDEN for a caller without a key, even for an artisan listed publicly', async () => {
    const response = await postGraphql(anonymous(), TRAINING_RECORD, { id: world.artisans.listed });
    expect(forbiddenPaths(response)).toEqual(['artisan.certificatesConnection', 'artisan.enrollmentsConnection']);
    expect(response.data?.artisan).toEqual({ id: world.artisans.listed, enrollmentsConnection: null, certificatesConnection: null });
  });

  it("list for a partner only what its organisation's courses hold, counted alike", async () => {
    const forA = await postGraphql(partnerA(), TRAINING_RECORD, { id: world.artisans.listed });
    expect(forA.errors).toBeUndefined();
    expect(forA.data?.artisan?.enrollmentsConnection).toEqual({ totalCount: 1, edges: [{ node: { id: world.enrollments.listedInA } }] });
    expect(forA.data?.artisan?.certificatesConnection).toEqual({ totalCount: 0, edges: [] });
    const forB = await postGraphql(partnerB(), TRAINING_RECORD, { id: world.artisans.listed });
    expect(forB.data?.artisan?.enrollmentsConnection).toEqual({ totalCount: 1, edges: [{ node: { id: world.enrollments.listedInB } }] });
    expect(forB.data?.artisan?.certificatesConnection).toEqual({
      totalCount: 1,
      edges: [{ node: { serial: world.certificates.listedInB } }],
    });
    const everything = await postGraphql(analyst(), TRAINING_RECORD, { id: world.artisans.listed });
    expect(everything.data?.artisan?.enrollmentsConnection?.totalCount).toBe(2);
  });

  it('are FORBIDDEN to a partner for an artisan not listed publicly who is not in its courses, and open for one who is', async () => {
    const stranger = await postGraphql(partnerA(), TRAINING_RECORD, { id: world.artisans.unlistedB });
    expect(forbiddenPaths(stranger)).toEqual(['artisan.certificatesConnection', 'artisan.enrollmentsConnection']);
    const own = await postGraphql(partnerA(), TRAINING_RECORD, { id: world.artisans.unlistedA });
    expect(own.errors).toBeUndefined();
    expect(own.data?.artisan?.enrollmentsConnection?.edges).toEqual([{ node: { id: world.enrollments.unlistedInA } }]);
    expect(own.data?.artisan?.certificatesConnection?.edges).toEqual([{ node: { serial: world.certificates.unlistedInA } }]);
  });
});

const FILTERED_ARTISANS = graphql(`
  query ListsAccessFilteredArtisans($code: ProvinceCode!, $filter: ArtisanFilter) {
    artisans(filter: $filter, orderBy: NAME_DESC, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    province(code: $code) {
      artisans(filter: $filter, orderBy: NAME_DESC, first: 100) {
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

describe('filters on personal fields', () => {
  const listed = async (target: ReturnType<typeof anonymous>, filter: Record<string, unknown>) => {
    const response = await postGraphql(target, FILTERED_ARTISANS, {
      code: WORLD_PROVINCE,
      filter: { provinceCode: WORLD_PROVINCE, ...filter },
    });
    expect(response.errors).toBeUndefined();
    const root = response.data!.artisans;
    const nested = response.data!.province!.artisans!;
    expect(nested).toEqual(root);
    return { ids: root!.edges.map((edge) => edge.node.id), total: root!.totalCount };
  };

  it('never reveal an artisan the caller may not see, in the root list or under a province', async () => {
    expect(await listed(anonymous(), { search: 'Unlisted' })).toEqual({ ids: [], total: 0 });
    expect(await listed(anonymous(), { craftSlug: 'kilim' })).toEqual({ ids: [], total: 0 });
    expect(await listed(anonymous(), { isSynthetic: false })).toEqual({ ids: [world.artisans.listed], total: 1 });
    expect(await listed(partnerA(), { search: 'Unlisted' })).toEqual({ ids: [world.artisans.unlistedA], total: 1 });
    expect(await listed(partnerB(), { search: 'Unlisted' })).toEqual({ ids: [world.artisans.unlistedB], total: 1 });
    expect(await listed(analyst(), { search: 'Unlisted' })).toEqual({
      ids: [world.artisans.unlistedA, world.artisans.unlistedB],
      total: 2,
    });
  });
});

const COURSE_ENROLMENTS = graphql(`
  query ListsAccessCourseEnrollments($id: ID!) {
    course(id: $id) {
      enrollments(filter: { status: PASSED }, orderBy: NEWEST_FIRST) {
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

const EXHIBITORS = graphql(`
  query ListsAccessExhibitors($id: ID!, $today: Date!) {
    exhibition(id: $id) {
      exhibitors(filter: { registeredFrom: $today }, orderBy: REGISTRATION_DESC) {
        totalCount
        edges {
          node {
            id
            listedPublicly
            name
          }
        }
      }
    }
  }
`);

describe('other filtered lists of people', () => {
  it("keep a course's enrolments to its provider's partner key, filter or not", async () => {
    expect(forbiddenPaths(await postGraphql(partnerB(), COURSE_ENROLMENTS, { id: world.courses.a }))).toEqual(['course.enrollments']);
    expect(forbiddenPaths(await postGraphql(anonymous(), COURSE_ENROLMENTS, { id: world.courses.a }))).toEqual(['course.enrollments']);
    const own = await postGraphql(partnerA(), COURSE_ENROLMENTS, { id: world.courses.a });
    expect(own.data?.course?.enrollments).toEqual({ totalCount: 1, edges: [{ node: { id: world.enrollments.unlistedInA } }] });
  });

  it("give an exhibition's filtered exhibitors to anyone, counted, with the artisan of those listed publicly only", async () => {
    const response = await postGraphql(anonymous(), EXHIBITORS, { id: world.exhibitions.a, today: todayInDomainZone() });
    expect(response.errors).toBeUndefined();
    expect(response.data?.exhibition?.exhibitors).toEqual({
      totalCount: 2,
      edges: [{ node: { id: world.artisans.listed, listedPublicly: true, name: 'Listed Potter' } }, { node: null }],
    });
  });
});
