import { graphql } from '../generated';
import { asAnonymous, createTestKey, type GraphqlTarget, withKey } from './access';
import { BUILTIN_ORGANIZATION_IDS } from './catalogue';
import { createExhibition, registerExhibitor } from './exhibitions-fixtures';
import { type GraphqlResponse, queryData } from './graphql-client';
import { Role } from './platform';
import type { TestGraphHandle } from './test-graph';
import { createArtisan, createCourse, enroll } from './training-fixtures';

const RECORD_PASS = graphql(`
  mutation FixtureRecordPass($input: RecordExamResultInput!) {
    recordExamResult(input: $input) {
      certificate {
        serial
      }
      error {
        code
        message
      }
    }
  }
`);

/** The province of the world's artisans, which no other fixture uses. */
export const WORLD_PROVINCE = 'IR-21';

/**
 * Two organisations with a partner key each, their courses and exhibitions,
 * and three artisans: one listed publicly, one not listed enrolled in
 * organisation A's course, one not listed enrolled only in B's course.
 */
export interface AuthorizationWorld {
  readonly organizationA: string;
  readonly organizationB: string;
  readonly keys: { readonly partnerA: string; readonly partnerB: string; readonly analyst: string };
  readonly artisans: { readonly listed: string; readonly unlistedA: string; readonly unlistedB: string };
  readonly courses: { readonly a: string; readonly b: string };
  /** Enrolments by artisan and course. */
  readonly enrollments: {
    readonly unlistedInA: string;
    readonly listedInA: string;
    readonly listedInB: string;
    readonly unlistedBInB: string;
  };
  /** Serials of the certificates of passed exams: the unlisted artisan's in A's course, the listed artisan's in B's course. */
  readonly certificates: { readonly unlistedInA: string; readonly listedInB: string };
  /** Exhibitions organised by A and by B. */
  readonly exhibitions: { readonly a: string; readonly b: string };
}

/**
 * Builds the world as the test admin, through the API (keys straight in the
 * access schema): the unlisted artisan of A exhibits at both exhibitions,
 * the one of B at B's, the listed one at both.
 */
export async function buildAuthorizationWorld(graph: TestGraphHandle): Promise<AuthorizationWorld> {
  const organizationA = BUILTIN_ORGANIZATION_IDS.cheche;
  const organizationB = BUILTIN_ORGANIZATION_IDS.technicalAndVocationalTrainingOrganization;
  const access = graph.subgraphs.access.dataSource;
  const keys = {
    partnerA: await createTestKey(access, Role.PARTNER, organizationA),
    partnerB: await createTestKey(access, Role.PARTNER, organizationB),
    analyst: await createTestKey(access, Role.ANALYST),
  };
  const artisans = {
    listed: await createArtisan(graph.url, {
      name: 'Listed Potter',
      provinceCode: WORLD_PROVINCE,
      craftSlugs: ['pottery'],
      listedPublicly: true,
    }),
    unlistedA: await createArtisan(graph.url, { name: 'Unlisted Weaver', provinceCode: WORLD_PROVINCE, craftSlugs: ['kilim'] }),
    unlistedB: await createArtisan(graph.url, { name: 'Unlisted Carver', provinceCode: WORLD_PROVINCE }),
  };
  const course = (title: string, providerId: string) =>
    createCourse(graph.url, { title, providerId, hasFinalExam: true, startsOn: '2099-01-10', endsOn: '2099-02-10' });
  const courses = { a: await course('Course of A', organizationA), b: await course('Course of B', organizationB) };
  const enrolled = async (artisanId: string, courseId: string) => {
    const payload = await enroll(graph.url, artisanId, courseId);
    if (!payload!.enrollment) {
      throw new Error(JSON.stringify(payload!.error));
    }
    return payload!.enrollment.id;
  };
  const enrollments = {
    unlistedInA: await enrolled(artisans.unlistedA, courses.a),
    listedInA: await enrolled(artisans.listed, courses.a),
    listedInB: await enrolled(artisans.listed, courses.b),
    unlistedBInB: await enrolled(artisans.unlistedB, courses.b),
  };
  const pass = async (enrollmentId: string) => {
    const { recordExamResult } = await queryData(graph.url, RECORD_PASS, { input: { enrollmentId, outcome: 'PASSED', score: 88 } });
    if (!recordExamResult!.certificate) {
      throw new Error(JSON.stringify(recordExamResult!.error));
    }
    return recordExamResult!.certificate.serial;
  };
  const certificates = { unlistedInA: await pass(enrollments.unlistedInA), listedInB: await pass(enrollments.listedInB) };
  const exhibition = (name: string, organizerId: string) =>
    createExhibition(graph.url, { name, organizerId, startsOn: '2099-05-01', endsOn: '2099-05-07' });
  const exhibitions = { a: await exhibition('Exhibition of A', organizationA), b: await exhibition('Exhibition of B', organizationB) };
  for (const [exhibitionId, artisanId] of [
    [exhibitions.a, artisans.unlistedA],
    [exhibitions.a, artisans.listed],
    [exhibitions.b, artisans.unlistedA],
    [exhibitions.b, artisans.unlistedB],
    [exhibitions.b, artisans.listed],
  ]) {
    const refusal = await registerExhibitor(graph.url, exhibitionId, artisanId);
    if (refusal) {
      throw new Error(JSON.stringify(refusal));
    }
  }
  return { organizationA, organizationB, keys, artisans, courses, enrollments, certificates, exhibitions };
}

/**
 * Returns a fingerprint of every row a mutation of the graph can write
 * (training, exhibitions and trade records, timestamps included), read
 * straight from PostgreSQL: equal fingerprints mean nothing was written.
 */
export async function writableRowsFingerprint(graph: TestGraphHandle): Promise<string> {
  const tables = [
    'training.artisan',
    'training.organization',
    'training.course',
    'training.course_province',
    'training.course_partner',
    'training.enrollment',
    'training.certificate',
    'training.agreement',
    'training.agreement_party',
    'training.agreement_commitment',
    'exhibitions.exhibition',
    'exhibitions.exhibitor',
    'exhibitions.exhibition_craft',
    'exhibitions.exhibition_partner',
    'exhibitions.world_craft_designation',
    'trade.export_figure',
    'trade.source',
  ];
  const parts = await Promise.all(
    tables.map(
      async (table) =>
        (
          await graph.db.query<{ fingerprint: string }>(
            `SELECT count(*) || ':' || coalesce(md5(string_agg(row_text, ',' ORDER BY row_text)), '') AS fingerprint
             FROM (SELECT t::text AS row_text FROM ${table} t) rows`,
          )
        ).rows[0].fingerprint,
    ),
  );
  return tables.map((table, index) => `${table}=${parts[index]}`).join(' ');
}

/** The authorization world of a test file and the callers it has keys for. */
export interface AuthorizationWorldHandle {
  /** Filled in before the file's tests run. */
  readonly world: AuthorizationWorld;
  anonymous(): GraphqlTarget;
  partnerA(): GraphqlTarget;
  partnerB(): GraphqlTarget;
  analyst(): GraphqlTarget;
}

/**
 * Builds the authorization world in the graph before the file's tests
 * (`beforeAll`, after the graph starts) and returns it with its callers: the
 * graph's gateway without a key, and with each partner's and the analyst's key.
 */
export function useAuthorizationWorld(graph: TestGraphHandle): AuthorizationWorldHandle {
  const world = {} as AuthorizationWorld;
  beforeAll(async () => {
    Object.assign(world, await buildAuthorizationWorld(graph));
  });
  return {
    world,
    anonymous: () => asAnonymous(graph.url),
    partnerA: () => withKey(graph.url, world.keys.partnerA),
    partnerB: () => withKey(graph.url, world.keys.partnerB),
    analyst: () => withKey(graph.url, world.keys.analyst),
  };
}

/** Returns the paths (dot-joined, sorted) of the response's errors, failing unless every error is FORBIDDEN. */
export function forbiddenPaths(response: GraphqlResponse<unknown>): string[] {
  const errors = response.errors ?? [];
  expect(errors.filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  return errors.map((error) => (error.path ?? []).join('.')).sort();
}
