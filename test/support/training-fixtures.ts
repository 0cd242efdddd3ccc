import { BUILTIN_ORGANIZATION_IDS } from '../../services/shared/catalogue';
import { queryData } from './graphql-client';

/** Creates an artisan through the API and returns its id. */
export async function createArtisan(url: string, input: { name: string; provinceCode: string; craftSlugs?: string[] }): Promise<string> {
  const data = await queryData(
    url,
    `mutation($input: CreateArtisanInput!) { createArtisan(input: $input) { artisan { id } error { code message } } }`,
    { input },
  );
  if (data.createArtisan.error) {
    throw new Error(JSON.stringify(data.createArtisan.error));
  }
  return data.createArtisan.artisan.id;
}

/** Creates a course through the API (provider: Cheche unless given) and returns its id. */
export async function createCourse(url: string, input: Record<string, unknown>): Promise<string> {
  const data = await queryData(
    url,
    `mutation($input: CreateCourseInput!) { createCourse(input: $input) { course { id } error { code message } } }`,
    { input: { providerId: BUILTIN_ORGANIZATION_IDS.cheche, mode: 'IN_PERSON', ...input } },
  );
  if (data.createCourse.error) {
    throw new Error(JSON.stringify(data.createCourse.error));
  }
  return data.createCourse.course.id;
}

/** Enrols an artisan through the API and returns the payload (enrolment or refusal). */
export async function enroll(url: string, artisanId: string, courseId: string): Promise<{ enrollment: { id: string; status: string } | null; error: { code: string; field: string | null } | null }> {
  const data = await queryData(
    url,
    `mutation($input: EnrollArtisanInput!) { enrollArtisan(input: $input) { enrollment { id status } error { code message field } } }`,
    { input: { artisanId, courseId } },
  );
  return data.enrollArtisan;
}
