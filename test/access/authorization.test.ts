import { graphql } from '../generated';
import { asAnonymous, type Endpoint, withKey } from '../support/access';
import { type AuthorizationWorld, buildAuthorizationWorld, writableRowsFingerprint } from '../support/authorization-fixtures';
import { type GraphqlResponse, postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createArtisan } from '../support/training-fixtures';

const graph = useTestGraph();
let world: AuthorizationWorld;
/** An artisan registered nowhere, so that only the caller's rights can stop a registration. */
let spareArtisan: string;
let agreementId: string;
let figureId: string;

const EXISTING = graphql(`
  query AuthorizationExisting {
    agreements(first: 1) {
      edges {
        node {
          id
        }
      }
    }
    exportFigures(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

beforeAll(async () => {
  world = await buildAuthorizationWorld(graph);
  spareArtisan = await createArtisan(graph.url, { name: 'Spare Artisan', provinceCode: 'IR-01' });
  const existing = await queryData(graph.url, EXISTING);
  agreementId = existing.agreements!.edges[0].node.id;
  figureId = existing.exportFigures!.edges[0].node.id;
});

const CREATE_ARTISAN = graphql(`
  mutation AuthorizationCreateArtisan($input: CreateArtisanInput!) {
    createArtisan(input: $input) {
      artisan {
        id
        listedPublicly
      }
    }
  }
`);
const UPDATE_ARTISAN = graphql(`
  mutation AuthorizationUpdateArtisan($input: UpdateArtisanInput!) {
    updateArtisan(input: $input) {
      artisan {
        id
        listedPublicly
      }
    }
  }
`);
const CREATE_ORGANIZATION = graphql(`
  mutation AuthorizationCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
    }
  }
`);
const CREATE_AGREEMENT = graphql(`
  mutation AuthorizationCreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      __typename
    }
  }
`);
const UPDATE_AGREEMENT = graphql(`
  mutation AuthorizationUpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      __typename
    }
  }
`);
const CREATE_COURSE = graphql(`
  mutation AuthorizationCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
        title
      }
      error {
        code
      }
    }
  }
`);
const UPDATE_COURSE = graphql(`
  mutation AuthorizationUpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        title
      }
      error {
        code
      }
    }
  }
`);
const ENROLL = graphql(`
  mutation AuthorizationEnroll($input: EnrollArtisanInput!) {
    enrollArtisan(input: $input) {
      enrollment {
        id
        status
      }
      error {
        code
      }
    }
  }
`);
const RECORD_EXAM_RESULT = graphql(`
  mutation AuthorizationRecordExamResult($input: RecordExamResultInput!) {
    recordExamResult(input: $input) {
      enrollment {
        status
        examScore
      }
      error {
        code
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation AuthorizationWithdraw($input: WithdrawEnrollmentInput!) {
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
const CREATE_EXHIBITION = graphql(`
  mutation AuthorizationCreateExhibition($input: CreateExhibitionInput!) {
    createExhibition(input: $input) {
      exhibition {
        id
        organizer {
          id
        }
      }
      error {
        code
      }
    }
  }
`);
const UPDATE_EXHIBITION = graphql(`
  mutation AuthorizationUpdateExhibition($input: UpdateExhibitionInput!) {
    updateExhibition(input: $input) {
      exhibition {
        name
      }
      error {
        code
      }
    }
  }
`);
const CANCEL_EXHIBITION = graphql(`
  mutation AuthorizationCancelExhibition($input: CancelExhibitionInput!) {
    cancelExhibition(input: $input) {
      exhibition {
        status
      }
      error {
        code
      }
    }
  }
`);
const REGISTER_EXHIBITOR = graphql(`
  mutation AuthorizationRegisterExhibitor($input: ExhibitorInput!) {
    registerExhibitor(input: $input) {
      exhibition {
        exhibitorCount
      }
      error {
        code
      }
    }
  }
`);
const REMOVE_EXHIBITOR = graphql(`
  mutation AuthorizationRemoveExhibitor($input: ExhibitorInput!) {
    removeExhibitor(input: $input) {
      exhibition {
        exhibitorCount
      }
      error {
        code
      }
    }
  }
`);
const RECORD_DESIGNATION = graphql(`
  mutation AuthorizationRecordDesignation($input: RecordWorldCraftDesignationInput!) {
    recordWorldCraftDesignation(input: $input) {
      __typename
    }
  }
`);
const RECORD_FIGURE = graphql(`
  mutation AuthorizationRecordFigure($input: RecordExportFigureInput!) {
    recordExportFigure(input: $input) {
      __typename
    }
  }
`);
const CORRECT_FIGURE = graphql(`
  mutation AuthorizationCorrectFigure($input: CorrectExportFigureInput!) {
    correctExportFigure(input: $input) {
      __typename
    }
  }
`);

/**
 * Every mutation of the graph, each with an input that organisation A's
 * partner may not send (admin-only, or about organisation B's records) but
 * that is otherwise valid, so that only the caller's rights refuse it.
 */
const MUTATIONS: Record<string, (endpoint: Endpoint) => Promise<GraphqlResponse<unknown>>> = {
  createArtisan: (endpoint) => postGraphql(endpoint, CREATE_ARTISAN, { input: { name: 'Refused Artisan', provinceCode: 'IR-01' } }),
  updateArtisan: (endpoint) =>
    postGraphql(endpoint, UPDATE_ARTISAN, { input: { id: world.artisans.unlistedA, name: 'Renamed', listedPublicly: true } }),
  createOrganization: (endpoint) =>
    postGraphql(endpoint, CREATE_ORGANIZATION, { input: { name: 'Refused Organisation', kind: 'COMPANY', countryCode: 'IR' } }),
  createAgreement: (endpoint) =>
    postGraphql(endpoint, CREATE_AGREEMENT, {
      input: {
        title: 'Refused agreement',
        signedOn: '2025-01-01',
        parties: [{ organizationId: world.organizationA }, { organizationId: world.organizationB }],
      },
    }),
  updateAgreement: (endpoint) => postGraphql(endpoint, UPDATE_AGREEMENT, { input: { id: agreementId, title: 'Renamed agreement' } }),
  createCourse: (endpoint) =>
    postGraphql(endpoint, CREATE_COURSE, { input: { title: 'Refused course', providerId: world.organizationB, mode: 'ONLINE' } }),
  updateCourse: (endpoint) => postGraphql(endpoint, UPDATE_COURSE, { input: { id: world.courses.b, title: 'Renamed course' } }),
  enrollArtisan: (endpoint) => postGraphql(endpoint, ENROLL, { input: { artisanId: spareArtisan, courseId: world.courses.b } }),
  recordExamResult: (endpoint) =>
    postGraphql(endpoint, RECORD_EXAM_RESULT, { input: { enrollmentId: world.enrollments.unlistedBInB, outcome: 'PASSED', score: 100 } }),
  withdrawEnrollment: (endpoint) => postGraphql(endpoint, WITHDRAW, { input: { enrollmentId: world.enrollments.unlistedBInB } }),
  createExhibition: (endpoint) =>
    postGraphql(endpoint, CREATE_EXHIBITION, {
      input: {
        name: 'Refused exhibition',
        kind: 'INTERNATIONAL',
        countryCode: 'TR',
        organizerId: world.organizationB,
        startsOn: '2099-03-01',
      },
    }),
  updateExhibition: (endpoint) => postGraphql(endpoint, UPDATE_EXHIBITION, { input: { id: world.exhibitions.b, name: 'Renamed' } }),
  cancelExhibition: (endpoint) => postGraphql(endpoint, CANCEL_EXHIBITION, { input: { id: world.exhibitions.b, reason: 'Refused' } }),
  registerExhibitor: (endpoint) =>
    postGraphql(endpoint, REGISTER_EXHIBITOR, { input: { exhibitionId: world.exhibitions.b, artisanId: spareArtisan } }),
  removeExhibitor: (endpoint) =>
    postGraphql(endpoint, REMOVE_EXHIBITOR, { input: { exhibitionId: world.exhibitions.b, artisanId: world.artisans.unlistedB } }),
  recordWorldCraftDesignation: (endpoint) =>
    postGraphql(endpoint, RECORD_DESIGNATION, { input: { kind: 'CITY', placeName: 'Refused Place', provinceCode: 'IR-01' } }),
  recordExportFigure: (endpoint) =>
    postGraphql(endpoint, RECORD_FIGURE, {
      input: {
        period: { solarYear: 1390 },
        channel: 'CUSTOMS',
        valueUsd: '1000',
        precision: 'EXACT',
        source: { title: 'Refused bulletin', publisher: 'Nobody', publishedOn: '2020-01-01' },
      },
    }),
  correctExportFigure: (endpoint) => postGraphql(endpoint, CORRECT_FIGURE, { input: { id: figureId, valueUsd: '1' } }),
};

describe.each([
  { caller: 'a caller without a key', endpoint: () => asAnonymous(graph.url), code: 'UNAUTHENTICATED' },
  { caller: 'an analyst key', endpoint: () => withKey(graph.url, world.keys.analyst), code: 'FORBIDDEN' },
  {
    caller: "a partner key, for another organisation's records and what only admins write",
    endpoint: () => withKey(graph.url, world.keys.partnerA),
    code: 'FORBIDDEN',
  },
])('$caller', ({ endpoint, code }) => {
  it.each(Object.keys(MUTATIONS))(`is refused %s with ${code}, and nothing is written`, async (name) => {
    const before = await writableRowsFingerprint(graph);
    const response = await MUTATIONS[name](endpoint());
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ [name]: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({ path: [name], extensions: { code } });
    expect(Object.keys(response.errors?.[0].extensions ?? {}).sort()).toEqual(['code', 'serviceName']);
    expect(response.errors?.[0].message).not.toMatch(/select|insert|update .* set|stack|\.ts\b|\/work\/|typeorm/i);
    expect(response.errors?.[0].message).not.toContain(world.organizationB);
    expect(await writableRowsFingerprint(graph)).toBe(before);
  });
});

describe('an unknown key', () => {
  it('is refused with 401 UNAUTHENTICATED before any mutation runs', async () => {
    const before = await writableRowsFingerprint(graph);
    const response = await MUTATIONS.createCourse(withKey(graph.url, 'hg_aaaaaaaa_0123456789012345678901234567890123456789012'));
    expect(response.status).toBe(401);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await writableRowsFingerprint(graph)).toBe(before);
  });
});

describe("a partner key, for its own organisation's records", () => {
  const partnerA = () => withKey(graph.url, world.keys.partnerA);

  it('creates and changes its courses, enrols artisans in them, records their results and withdraws them', async () => {
    const created = (
      await postGraphql(partnerA(), CREATE_COURSE, {
        input: { title: 'Own course', providerId: world.organizationA, mode: 'HYBRID', hasFinalExam: true },
      })
    ).data?.createCourse!.course;
    expect(created?.title).toBe('Own course');
    const courseId = created?.id as string;
    const renamed = await postGraphql(partnerA(), UPDATE_COURSE, { input: { id: courseId, title: 'Own course, renamed' } });
    expect(renamed.data?.updateCourse!.course?.title).toBe('Own course, renamed');
    // A partner enrols only artisans it can already see: these two are listed publicly.
    const learner = await createArtisan(graph.url, { name: 'Own Learner', provinceCode: 'IR-01', listedPublicly: true });
    const second = await createArtisan(graph.url, { name: 'Own Leaver', provinceCode: 'IR-01', listedPublicly: true });
    const enrolled = (await postGraphql(partnerA(), ENROLL, { input: { artisanId: learner, courseId } })).data?.enrollArtisan!.enrollment;
    expect(enrolled?.status).toBe('ENROLLED');
    const result = await postGraphql(partnerA(), RECORD_EXAM_RESULT, {
      input: { enrollmentId: enrolled?.id as string, outcome: 'FAILED', score: 40 },
    });
    expect(result.data?.recordExamResult!.enrollment).toEqual({ status: 'FAILED', examScore: 40 });
    const leaving = (await postGraphql(partnerA(), ENROLL, { input: { artisanId: second, courseId } })).data?.enrollArtisan!.enrollment;
    const withdrawn = await postGraphql(partnerA(), WITHDRAW, { input: { enrollmentId: leaving?.id as string } });
    expect(withdrawn.data?.withdrawEnrollment!.enrollment?.status).toBe('WITHDRAWN');
  });

  it('creates, changes and cancels its exhibitions and registers and removes their exhibitors', async () => {
    const created = await postGraphql(partnerA(), CREATE_EXHIBITION, {
      input: { name: 'Own exhibition', kind: 'INTERNATIONAL', countryCode: 'IT', organizerId: world.organizationA, startsOn: '2099-08-01' },
    });
    expect(created.errors).toBeUndefined();
    const exhibitionId = created.data?.createExhibition!.exhibition?.id as string;
    expect(created.data?.createExhibition!.exhibition?.organizer?.id).toBe(world.organizationA);
    const renamed = await postGraphql(partnerA(), UPDATE_EXHIBITION, { input: { id: exhibitionId, name: 'Own exhibition, renamed' } });
    expect(renamed.data?.updateExhibition!.exhibition?.name).toBe('Own exhibition, renamed');
    // An artisan it can see: not listed publicly, but enrolled in its organisation's course.
    const registered = await postGraphql(partnerA(), REGISTER_EXHIBITOR, { input: { exhibitionId, artisanId: world.artisans.unlistedA } });
    expect(registered.data?.registerExhibitor!.exhibition?.exhibitorCount).toBe(1);
    const removed = await postGraphql(partnerA(), REMOVE_EXHIBITOR, { input: { exhibitionId, artisanId: world.artisans.unlistedA } });
    expect(removed.data?.removeExhibitor!.exhibition?.exhibitorCount).toBeNull();
    const cancelled = await postGraphql(partnerA(), CANCEL_EXHIBITION, { input: { id: exhibitionId } });
    expect(cancelled.data?.cancelExhibition!.exhibition?.status).toBe('CANCELLED');
  });

  it('may not give its exhibition to another organiser, nor take it from one, nor create one without itself as organiser', async () => {
    for (const send of [
      () => postGraphql(partnerA(), UPDATE_EXHIBITION, { input: { id: world.exhibitions.a, organizerId: world.organizationB } }),
      () => postGraphql(partnerA(), UPDATE_EXHIBITION, { input: { id: world.exhibitions.a, organizerId: null } }),
      () => postGraphql(partnerA(), UPDATE_EXHIBITION, { input: { id: world.exhibitions.b, organizerId: world.organizationA } }),
      () =>
        postGraphql(partnerA(), CREATE_EXHIBITION, {
          input: { name: 'No organiser', kind: 'INTERNATIONAL', countryCode: 'IT', startsOn: '2099-08-01' },
        }),
    ]) {
      const before = await writableRowsFingerprint(graph);
      const response = await send();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(await writableRowsFingerprint(graph)).toBe(before);
    }
  });
});

describe('an admin key', () => {
  it('registers artisans not listed publicly unless it says so, and lists them publicly when asked', async () => {
    const created = await postGraphql(graph.url, CREATE_ARTISAN, { input: { name: 'Quiet Smith', provinceCode: 'IR-01' } });
    expect(created.data?.createArtisan!.artisan?.listedPublicly).toBe(false);
    const id = created.data?.createArtisan!.artisan?.id as string;
    const listed = await postGraphql(graph.url, UPDATE_ARTISAN, { input: { id, listedPublicly: true } });
    expect(listed.data?.updateArtisan!.artisan).toEqual({ id, listedPublicly: true });
  });
});
