import { graphql } from '../generated';
import type { RecordExamResultInput } from '../generated/graphql';
import { postGraphql, queryData } from '../support/graphql-client';
import { useTestGraph } from '../support/test-graph';
import { createArtisan, createCourse, enroll } from '../support/training-fixtures';

const graph = useTestGraph();

const RECORD_RESULT = graphql(`
  mutation EnrollmentsRecordResult($input: RecordExamResultInput!) {
    recordExamResult(input: $input) {
      enrollment {
        status
        examScore
        certificate {
          serial
        }
      }
      certificate {
        serial
        issuedOn
        issuer {
          name
        }
        artisan {
          name
        }
        course {
          title
        }
      }
      error {
        code
        field
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation EnrollmentsWithdraw($id: ID!) {
    withdrawEnrollment(input: { enrollmentId: $id }) {
      enrollment {
        status
      }
      error {
        code
      }
    }
  }
`);

async function recordResult(input: RecordExamResultInput) {
  return (await queryData(graph.url, RECORD_RESULT, { input })).recordExamResult!;
}

async function withdraw(enrollmentId: string) {
  return (await queryData(graph.url, WITHDRAW, { id: enrollmentId })).withdrawEnrollment;
}

describe('enrolment', () => {
  it('enrols an artisan, shows the enrolment on both sides and counts the seat', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Enrolled Artisan', provinceCode: 'IR-02' });
    const courseId = await createCourse(graph.url, { title: 'Seat counting', capacity: 3, endsOn: '2099-12-31' });
    const { enrollment, error } = await enroll(graph.url, artisanId, courseId);
    expect(error).toBeNull();
    expect(enrollment?.status).toBe('ENROLLED');
    const BOTH_SIDES = graphql(`
      query EnrollmentsBothSides($a: ID!, $c: ID!) {
        artisan(id: $a) {
          enrollments {
            status
            course {
              title
            }
          }
        }
        course(id: $c) {
          seatsTaken
          enrollments {
            totalCount
            edges {
              node {
                artisan {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const data = await queryData(graph.url, BOTH_SIDES, { a: artisanId, c: courseId });
    expect(data.artisan?.enrollments).toEqual([{ status: 'ENROLLED', course: { title: 'Seat counting' } }]);
    expect(data.course).toEqual({
      seatsTaken: 1,
      enrollments: { totalCount: 1, edges: [{ node: { artisan: { name: 'Enrolled Artisan' } } }] },
    });
  });

  it('refuses a second enrolment of the same artisan', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Twice', provinceCode: 'IR-02' });
    const courseId = await createCourse(graph.url, { title: 'Only once' });
    expect((await enroll(graph.url, artisanId, courseId)).error).toBeNull();
    expect(await enroll(graph.url, artisanId, courseId)).toEqual({
      enrollment: null,
      error: expect.objectContaining({ code: 'ALREADY_ENROLLED', field: 'artisanId' }),
    });
  });

  it('refuses a full course, and takes the artisan once a seat is withdrawn', async () => {
    const courseId = await createCourse(graph.url, { title: 'Two seats', capacity: 2 });
    const [first, second, third] = await Promise.all(
      ['Seat One', 'Seat Two', 'Seat Three'].map((name) => createArtisan(graph.url, { name, provinceCode: 'IR-13' })),
    );
    const firstEnrollment = await enroll(graph.url, first, courseId);
    await enroll(graph.url, second, courseId);
    expect((await enroll(graph.url, third, courseId)).error).toEqual(expect.objectContaining({ code: 'COURSE_FULL', field: 'courseId' }));
    expect(await withdraw(firstEnrollment!.enrollment!.id)).toEqual({ enrollment: { status: 'WITHDRAWN' }, error: null });
    expect((await enroll(graph.url, third, courseId)).error).toBeNull();
  });

  it('never overfills a course when enrolments arrive at the same time', async () => {
    const courseId = await createCourse(graph.url, { title: 'Rush', capacity: 3 });
    const artisanIds = await Promise.all(
      Array.from({ length: 8 }, (_, index) => createArtisan(graph.url, { name: `Rush ${index}`, provinceCode: 'IR-07' })),
    );
    const results = await Promise.all(artisanIds.map((artisanId) => enroll(graph.url, artisanId, courseId)));
    expect(results.filter((result) => result!.enrollment !== null)).toHaveLength(3);
    expect(results.filter((result) => result!.error?.code === 'COURSE_FULL')).toHaveLength(5);
    const { rows } = await graph.db.query<{ seats: number }>(
      "SELECT count(*)::int AS seats FROM training.enrollment WHERE course_id = $1 AND status <> 'WITHDRAWN'",
      [courseId],
    );
    expect(rows[0].seats).toBe(3);
  });

  it('refuses a course that has ended and unknown artisans or courses', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Late', provinceCode: 'IR-02' });
    const endedCourseId = await createCourse(graph.url, { title: 'Ended', startsOn: '2020-01-01', endsOn: '2020-02-01' });
    expect((await enroll(graph.url, artisanId, endedCourseId)).error).toEqual(expect.objectContaining({ code: 'COURSE_ENDED' }));
    expect((await enroll(graph.url, artisanId, '00000000-0000-4000-8000-000000000001')).error).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND', field: 'courseId' }),
    );
    expect((await enroll(graph.url, 'nobody', endedCourseId)).error).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND', field: 'artisanId' }),
    );
  });

  it('lets an artisan who withdrew enrol again', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Returner', provinceCode: 'IR-02' });
    const courseId = await createCourse(graph.url, { title: 'Come back' });
    const first = await enroll(graph.url, artisanId, courseId);
    await withdraw(first!.enrollment!.id);
    const again = await enroll(graph.url, artisanId, courseId);
    expect(again).toEqual({ enrollment: { id: first!.enrollment!.id, status: 'ENROLLED' }, error: null });
  });
});

describe('exam results and certificates', () => {
  it('issues exactly one certificate on a pass, and refuses to record another result', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Graduate', provinceCode: 'IR-03' });
    const courseId = await createCourse(graph.url, { title: 'Examined course', hasFinalExam: true });
    const { enrollment } = await enroll(graph.url, artisanId, courseId);
    const failed = await recordResult({ enrollmentId: enrollment!.id, outcome: 'FAILED', score: 41.5 });
    expect(failed).toEqual({ enrollment: { status: 'FAILED', examScore: 41.5, certificate: null }, certificate: null, error: null });

    const passed = await recordResult({ enrollmentId: enrollment!.id, outcome: 'PASSED', score: 88 });
    expect(passed!.error).toBeNull();
    const serial = passed!.certificate?.serial;
    expect(passed!.enrollment).toEqual({ status: 'PASSED', examScore: 88, certificate: { serial } });
    expect(passed!.certificate).toMatchObject({
      issuer: { name: 'Cheche' },
      artisan: { name: 'Graduate' },
      course: { title: 'Examined course' },
    });
    expect(serial).toMatch(/^HC-\d{4}-\d{6}$/);

    const again = await recordResult({ enrollmentId: enrollment!.id, outcome: 'PASSED', score: 95 });
    expect(again).toEqual({ enrollment: null, certificate: null, error: { code: 'ENROLLMENT_NOT_ACTIVE', field: 'enrollmentId' } });
    const CERTIFICATES = graphql(`
      query EnrollmentsCertificates($a: ID!, $s: NonEmptyString!) {
        artisan(id: $a) {
          certificates {
            serial
          }
        }
        certificate(serial: $s) {
          artisan {
            name
          }
        }
      }
    `);
    const { artisan, certificate } = await queryData(graph.url, CERTIFICATES, { a: artisanId, s: serial! });
    expect(artisan?.certificates).toEqual([{ serial }]);
    expect(certificate).toEqual({ artisan: { name: 'Graduate' } });
  });

  it('refuses results for a course without a final exam, for a withdrawn enrolment, and scores outside 0..100', async () => {
    const artisanId = await createArtisan(graph.url, { name: 'Examinee', provinceCode: 'IR-03' });
    const noExam = await createCourse(graph.url, { title: 'No exam here', hasFinalExam: false });
    const withExam = await createCourse(graph.url, { title: 'Exam here', hasFinalExam: true });
    const noExamEnrollment = (await enroll(graph.url, artisanId, noExam)).enrollment!;
    expect((await recordResult({ enrollmentId: noExamEnrollment.id, outcome: 'PASSED' })).error).toEqual({
      code: 'NO_FINAL_EXAM',
      field: 'enrollmentId',
    });

    const withExamEnrollment = (await enroll(graph.url, artisanId, withExam)).enrollment!;
    const outOfRange = await postGraphql(graph.url, RECORD_RESULT, {
      input: { enrollmentId: withExamEnrollment.id, outcome: 'PASSED', score: 120 },
    });
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.score' });

    await withdraw(withExamEnrollment.id);
    expect((await recordResult({ enrollmentId: withExamEnrollment.id, outcome: 'PASSED' })).error).toEqual({
      code: 'ENROLLMENT_NOT_ACTIVE',
      field: 'enrollmentId',
    });
    const NONE = graphql(`
      query EnrollmentsNoCertificate($a: ID!) {
        artisan(id: $a) {
          certificates {
            serial
          }
        }
      }
    `);
    const { artisan } = await queryData(graph.url, NONE, { a: artisanId });
    expect(artisan?.certificates).toEqual([]);
  });
});
