import { graphql } from '../generated';
import type { CreateArtisanInput, CreateCourseInput, FixtureEnrollMutation } from '../generated/graphql';
import { BUILTIN_ORGANIZATION_IDS } from './catalogue';
import { queryData } from './graphql-client';

const CREATE_ARTISAN = graphql(`
  mutation FixtureCreateArtisan($input: CreateArtisanInput!) {
    createArtisan(input: $input) {
      artisan {
        id
      }
      error {
        code
        message
      }
    }
  }
`);

const CREATE_COURSE = graphql(`
  mutation FixtureCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
      }
      error {
        code
        message
      }
    }
  }
`);

const ENROLL = graphql(`
  mutation FixtureEnroll($input: EnrollArtisanInput!) {
    enrollArtisan(input: $input) {
      enrollment {
        id
        status
      }
      error {
        code
        message
        field
      }
    }
  }
`);

/** Creates an artisan through the API and returns its id. */
export async function createArtisan(url: string, input: CreateArtisanInput): Promise<string> {
  const { createArtisan: payload } = await queryData(url, CREATE_ARTISAN, { input });
  if (payload!.error || !payload!.artisan) {
    throw new Error(JSON.stringify(payload!.error));
  }
  return payload!.artisan.id;
}

/** Course input whose provider (Cheche) and mode (in person) the fixture fills in unless given. */
export type TestCourseInput = Omit<CreateCourseInput, 'providerId' | 'mode'> & Partial<Pick<CreateCourseInput, 'providerId' | 'mode'>>;

/** Creates a course through the API (provider: Cheche unless given) and returns its id. */
export async function createCourse(url: string, input: TestCourseInput): Promise<string> {
  const { createCourse: payload } = await queryData(url, CREATE_COURSE, {
    input: { providerId: BUILTIN_ORGANIZATION_IDS.cheche, mode: 'IN_PERSON', ...input },
  });
  if (payload!.error || !payload!.course) {
    throw new Error(JSON.stringify(payload!.error));
  }
  return payload!.course.id;
}

/** Enrols an artisan through the API and returns the payload (enrolment or refusal). */
export async function enroll(
  url: string,
  artisanId: string,
  courseId: string,
): Promise<NonNullable<FixtureEnrollMutation['enrollArtisan']>> {
  return (await queryData(url, ENROLL, { input: { artisanId, courseId } })).enrollArtisan!;
}
