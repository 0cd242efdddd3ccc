import { graphql } from '../generated';
import type { SightExhibitorPageQuery, SightExhibitorsOfAllQuery } from '../generated/graphql';
import { ANONYMOUS, asGatewayFor, rememberSubgraph, TEST_GATEWAY_SECRET } from '../support/access';
import { useAuthorizationWorld, writableRowsFingerprint } from '../support/authorization-fixtures';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { createExhibition, registerExhibitor } from '../support/exhibitions-fixtures';
import { type GraphqlResponse, postGraphql, queryData } from '../support/graphql-client';
import { Role, startSubgraph, type Viewer } from '../support/platform';
import { exhibitionsSubgraph } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { createArtisan, createCourse, enroll } from '../support/training-fixtures';

const graph = useTestGraph();
const { world, anonymous, partnerA, partnerB } = useAuthorizationWorld(graph);

const ARTISAN_NAME = graphql(`
  query SightArtisanName($id: ID!) {
    artisan(id: $id) {
      id
      name
      province {
        code
      }
    }
  }
`);

const ENROLL = graphql(`
  mutation SightEnroll($input: EnrollArtisanInput!) {
    enrollArtisan(input: $input) {
      enrollment {
        id
      }
      error {
        code
        field
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation SightWithdraw($input: WithdrawEnrollmentInput!) {
    withdrawEnrollment(input: $input) {
      enrollment {
        status
      }
      error {
        code
      }
    }
  }
`);

describe('finding 1: no write a partner makes by itself grants it sight of an artisan', () => {
  it('refuses a partner enrolling an artisan it cannot see as NOT_FOUND, so that it still cannot read the name', async () => {
    const ownCourse = await createCourse(graph.url, {
      title: 'Course A made for the attack',
      providerId: world.organizationA,
      hasFinalExam: false,
    });
    const before = await writableRowsFingerprint(graph);
    const { enrollArtisan } = await queryData(partnerA(), ENROLL, { input: { artisanId: world.artisans.unlistedB, courseId: ownCourse } });
    expect(enrollArtisan).toEqual({ enrollment: null, error: { code: 'NOT_FOUND', field: 'artisanId' } });
    expect(await writableRowsFingerprint(graph)).toEqual(before);
    const read = await postGraphql(partnerA(), ARTISAN_NAME, { id: world.artisans.unlistedB });
    expect(read.data?.artisan).toEqual({ id: world.artisans.unlistedB, name: null, province: null });
    expect(read.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('stops a withdrawn enrolment granting sight: the partner reads the name while enrolled, not after withdrawing', async () => {
    const artisan = await createArtisan(graph.url, { name: 'Unlisted Enamel Maker', provinceCode: 'IR-04', craftSlugs: ['pottery'] });
    const ownCourse = await createCourse(graph.url, {
      title: 'Course A with an admin enrolment',
      providerId: world.organizationA,
      hasFinalExam: false,
    });
    // The admin enrols (the artisan agreed); the partner then sees the artisan it teaches.
    const enrollment = (await enroll(graph.url, artisan, ownCourse)).enrollment!.id;
    const whileEnrolled = await postGraphql(partnerA(), ARTISAN_NAME, { id: artisan });
    expect(whileEnrolled.errors).toBeUndefined();
    expect(whileEnrolled.data?.artisan?.name).toBe('Unlisted Enamel Maker');

    const { withdrawEnrollment } = await queryData(partnerA(), WITHDRAW, { input: { enrollmentId: enrollment } });
    expect(withdrawEnrollment).toEqual({ enrollment: { status: 'WITHDRAWN' }, error: null });
    const afterWithdrawal = await postGraphql(partnerA(), ARTISAN_NAME, { id: artisan });
    expect(afterWithdrawal.data?.artisan).toEqual({ id: artisan, name: null, province: null });
    expect(afterWithdrawal.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const ARTISANS = graphql(`
      query SightArtisansOfProvince {
        artisans(filter: { provinceCode: "IR-04" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const listed = await queryData(partnerA(), ARTISANS);
    expect(listed.artisans!.edges.map((edge) => edge.node.id)).not.toContain(artisan);
    // Nor can the partner enrol the artisan again by itself.
    const { enrollArtisan } = await queryData(partnerA(), ENROLL, { input: { artisanId: artisan, courseId: ownCourse } });
    expect(enrollArtisan!.error).toEqual({ code: 'NOT_FOUND', field: 'artisanId' });
  });

  it('refuses a partner registering as exhibitor an artisan it cannot see, as NOT_FOUND, and writes nothing', async () => {
    const before = await writableRowsFingerprint(graph);
    const refusal = await registerExhibitor(partnerA(), world.exhibitions.a, world.artisans.unlistedB);
    expect(refusal).toEqual({ code: 'NOT_FOUND', field: 'artisanId' });
    expect(await writableRowsFingerprint(graph)).toEqual(before);
  });
});

const EXHIBITORS_OF_ALL = graphql(`
  query SightExhibitorsOfAll($after: String) {
    exhibitions(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          exhibitorCount
          exhibitors(first: 50) {
            totalCount
            pageInfo {
              endCursor
            }
            edges {
              cursor
              node {
                id
                listedPublicly
              }
            }
          }
        }
      }
    }
  }
`);

describe('finding 2: no stable id of a non-public exhibitor without the right', () => {
  it('lists and counts every exhibitor to a caller without a key, with a null node and a cursor that names no artisan for those not listed publicly', async () => {
    const texts: string[] = [];
    const nodesOf = new Map<string, Array<{ id: string; listedPublicly: boolean } | null>>();
    let after: string | null = null;
    do {
      const response: GraphqlResponse<SightExhibitorsOfAllQuery> = await postGraphql(anonymous(), EXHIBITORS_OF_ALL, { after });
      expect(response.errors).toBeUndefined();
      const page: SightExhibitorsOfAllQuery['exhibitions'] = response.data!.exhibitions;
      for (const { node } of page!.edges) {
        nodesOf.set(
          node.id,
          node.exhibitors.edges.map((edge) => edge.node),
        );
        texts.push(...node.exhibitors.edges.map((edge) => Buffer.from(edge.cursor, 'base64url').toString('utf8')));
        texts.push(Buffer.from(node.exhibitors.pageInfo.endCursor ?? '', 'base64url').toString('utf8'));
      }
      texts.push(JSON.stringify(response));
      after = page!.pageInfo.hasNextPage ? page!.pageInfo.endCursor : null;
    } while (after);
    expect(nodesOf.get(world.exhibitions.b)).toEqual(
      expect.arrayContaining([{ id: world.artisans.listed, listedPublicly: true }, null, null]),
    );
    expect(nodesOf.get(world.exhibitions.b)).toHaveLength(3);
    for (const hidden of [world.artisans.unlistedA, world.artisans.unlistedB]) {
      expect(texts.filter((text) => text.includes(hidden))).toEqual([]);
    }
    const counts = await queryData(anonymous(), EXHIBITORS_OF_ALL, { after: null });
    const exhibitionB = counts.exhibitions!.edges.find((edge) => edge.node.id === world.exhibitions.b)!.node;
    expect([exhibitionB.exhibitorCount, exhibitionB.exhibitors.totalCount]).toEqual([3, 3]);
  });

  it("pages past hidden exhibitors with their cursors, and gives a partner the artisans it may see and no other's id", async () => {
    const PAGE = graphql(`
      query SightExhibitorPage($id: ID!, $after: String) {
        exhibition(id: $id) {
          exhibitors(first: 1, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
              }
            }
          }
        }
      }
    `);
    const seen: Array<string | null> = [];
    let after: string | null = null;
    do {
      const data: SightExhibitorPageQuery = await queryData(partnerB(), PAGE, { id: world.exhibitions.b, after });
      const page = data.exhibition!.exhibitors;
      seen.push(...page.edges.map((edge) => edge.node?.id ?? null));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // B teaches unlistedB (its enrolment is not withdrawn); unlistedA is enrolled only with A.
    expect(seen.sort()).toEqual([world.artisans.listed, world.artisans.unlistedB, null].sort());
    expect(seen).not.toContain(world.artisans.unlistedA);
  });
});

const SUBGRAPH_EXHIBITORS = `query ($id: ID!) { exhibition(id: $id) { exhibitors { totalCount edges { cursor node { id } } } } }`;
type SubgraphExhibitors = {
  exhibition: { exhibitors: { totalCount: number; edges: Array<{ cursor: string; node: { id: string } | null }> } };
};

describe('finding 2, at the exhibitions subgraph itself', () => {
  it('gives the gateway no id of a non-public exhibitor for a caller without a key, the training subgraph deciding', async () => {
    const response = await postGraphql<SubgraphExhibitors>(asGatewayFor(graph.subgraphs.exhibitions.url, ANONYMOUS), SUBGRAPH_EXHIBITORS, {
      id: world.exhibitions.b,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.exhibition.exhibitors.totalCount).toBe(3);
    expect(response.data?.exhibition.exhibitors.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([{ id: world.artisans.listed }, null, null]),
    );
  });

  it('shows no artisan but to analysts and admins when the training subgraph does not answer, still counting them', async () => {
    const alone = await startSubgraph(exhibitionsSubgraph, {
      databaseUrl: graph.databaseUrl,
      port: 0,
      host: '127.0.0.1',
      peerUrls: { training: 'http://127.0.0.1:1/graphql' },
      gatewaySecret: TEST_GATEWAY_SECRET,
    });
    rememberSubgraph(alone);
    try {
      const ask = (viewer: Viewer) =>
        postGraphql<SubgraphExhibitors>(asGatewayFor(alone.url, viewer), SUBGRAPH_EXHIBITORS, { id: world.exhibitions.b });
      const anonymousAnswer = await ask(ANONYMOUS);
      expect(anonymousAnswer.errors).toBeUndefined();
      expect(anonymousAnswer.data?.exhibition.exhibitors).toMatchObject({
        totalCount: 3,
        edges: [{ node: null }, { node: null }, { node: null }],
      });
      const analystAnswer = await ask({ ...ANONYMOUS, role: Role.ANALYST });
      expect(analystAnswer.data?.exhibition.exhibitors.edges.filter((edge) => edge.node !== null)).toHaveLength(3);
    } finally {
      await alone.stop();
    }
  });
});

const CREATE_COURSE = graphql(`
  mutation SightCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
      }
      error {
        code
      }
    }
  }
`);

const UPDATE_COURSE = graphql(`
  mutation SightUpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        id
      }
      error {
        code
      }
    }
  }
`);

const CREATE_EXHIBITION = graphql(`
  mutation SightCreateExhibition($input: CreateExhibitionInput!) {
    createExhibition(input: $input) {
      exhibition {
        id
      }
      error {
        code
      }
    }
  }
`);

const UPDATE_EXHIBITION = graphql(`
  mutation SightUpdateExhibition($input: UpdateExhibitionInput!) {
    updateExhibition(input: $input) {
      exhibition {
        id
      }
      error {
        code
      }
    }
  }
`);

const AGREEMENTS = graphql(`
  query SightAgreements {
    agreements(first: 100) {
      edges {
        node {
          id
          parties {
            organization {
              id
            }
          }
        }
      }
    }
  }
`);

describe('finding 3: writes name only the caller’s own organisation, or agreements it is party to', () => {
  it('refuses a partner naming another organisation as issuer, partner or organiser, or an agreement it is not party to, with FORBIDDEN, writing nothing', async () => {
    const other = world.organizationB;
    const { agreements } = await queryData(graph.url, AGREEMENTS);
    const notParty = agreements!.edges.find((edge) => !edge.node.parties.some((party) => party.organization.id === world.organizationA));
    expect(notParty).toBeDefined();
    const course = {
      title: 'Course naming others',
      providerId: world.organizationA,
      mode: 'IN_PERSON' as const,
      craftSlugs: [],
      provinceCodes: [],
      audiences: [],
      hasFinalExam: true,
      certificateInternationallyRecognized: false,
    };
    const ownCourse = await createCourse(graph.url, {
      title: 'Course of A to change',
      providerId: world.organizationA,
      hasFinalExam: false,
    });
    const ownExhibition = await createExhibition(graph.url, {
      name: 'Exhibition of A to change',
      organizerId: world.organizationA,
      startsOn: '2099-06-01',
    });
    const exhibition = {
      name: 'Exhibition naming others',
      kind: 'INTERNATIONAL' as const,
      countryCode: 'TR',
      startsOn: '2099-06-01',
      craftSlugs: [],
      organizerId: world.organizationA,
    };
    const attempts = [
      () => postGraphql(partnerA(), CREATE_COURSE, { input: { ...course, certificateIssuerId: other } }),
      () => postGraphql(partnerA(), CREATE_COURSE, { input: { ...course, partnerIds: [world.organizationA, other] } }),
      () => postGraphql(partnerA(), CREATE_COURSE, { input: { ...course, agreementId: notParty!.node.id } }),
      () =>
        postGraphql(partnerA(), UPDATE_COURSE, { input: { id: ownCourse, partnerIds: [BUILTIN_ORGANIZATION_IDS.deputyForHandicrafts] } }),
      () => postGraphql(partnerA(), CREATE_EXHIBITION, { input: { ...exhibition, partnerIds: [other] } }),
      () => postGraphql(partnerA(), UPDATE_EXHIBITION, { input: { id: ownExhibition, partnerIds: [other] } }),
      () => postGraphql(partnerA(), UPDATE_EXHIBITION, { input: { id: ownExhibition, organizerId: other } }),
    ];
    const before = await writableRowsFingerprint(graph);
    for (const attempt of attempts) {
      const response = await attempt();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(response.errors?.[0].message).not.toContain(other);
    }
    expect(await writableRowsFingerprint(graph)).toEqual(before);
  });

  it('lets a partner name its own organisation and an agreement it is party to, and an admin any', async () => {
    const { agreements } = await queryData(graph.url, AGREEMENTS);
    const party = agreements!.edges.find((edge) => edge.node.parties.some((p) => p.organization.id === world.organizationA));
    const course = {
      title: 'Course naming its own',
      providerId: world.organizationA,
      mode: 'IN_PERSON' as const,
      craftSlugs: [],
      provinceCodes: [],
      audiences: [],
      hasFinalExam: true,
      certificateInternationallyRecognized: false,
    };
    const own = await queryData(partnerA(), CREATE_COURSE, {
      input: {
        ...course,
        certificateIssuerId: world.organizationA,
        partnerIds: [world.organizationA],
        agreementId: party?.node.id ?? null,
      },
    });
    expect(own.createCourse!.error).toBeNull();
    const admin = await queryData(graph.url, CREATE_COURSE, {
      input: { ...course, certificateIssuerId: world.organizationB, partnerIds: [world.organizationB] },
    });
    expect(admin.createCourse!.error).toBeNull();
  });
});
