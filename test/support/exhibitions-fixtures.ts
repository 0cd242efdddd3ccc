import { graphql } from '../generated';
import type { CreateExhibitionInput, MutationErrorCode } from '../generated/graphql';
import type { Endpoint } from './access';
import { queryData } from './graphql-client';

/** The fields the exhibition fixtures read back from a payload's error. */
export interface PayloadError {
  readonly code: MutationErrorCode;
  readonly field: string | null;
}

const CREATE_EXHIBITION = graphql(`
  mutation FixtureCreateExhibition($input: CreateExhibitionInput!) {
    createExhibition(input: $input) {
      exhibition {
        id
      }
      error {
        code
        message
        field
      }
    }
  }
`);

const REGISTER_EXHIBITOR = graphql(`
  mutation FixtureRegisterExhibitor($input: ExhibitorInput!) {
    registerExhibitor(input: $input) {
      exhibition {
        id
      }
      artisan {
        id
      }
      error {
        code
        message
        field
      }
    }
  }
`);

/** Exhibition input whose kind (international) and country (Turkey) the fixture fills in unless given. */
export type TestExhibitionInput = Omit<CreateExhibitionInput, 'kind' | 'countryCode'> &
  Partial<Pick<CreateExhibitionInput, 'kind' | 'countryCode'>>;

/** Creates an exhibition through the API (an international one in Turkey unless given, so as not to mix with the built-in ones) and returns its id; fails on a refusal. */
export async function createExhibition(url: string, input: TestExhibitionInput): Promise<string> {
  const { createExhibition: payload } = await queryData(url, CREATE_EXHIBITION, {
    input: { kind: 'INTERNATIONAL', countryCode: 'TR', ...input },
  });
  if (payload!.error || !payload!.exhibition) {
    throw new Error(JSON.stringify(payload!.error));
  }
  return payload!.exhibition.id;
}

/** Registers an artisan as an exhibitor through the API and returns the payload's error, null on success. */
export async function registerExhibitor(url: Endpoint, exhibitionId: string, artisanId: string): Promise<PayloadError | null> {
  const { registerExhibitor: payload } = await queryData(url, REGISTER_EXHIBITOR, { input: { exhibitionId, artisanId } });
  if (!payload!.error && (payload!.exhibition?.id !== exhibitionId || payload!.artisan?.id !== artisanId)) {
    throw new Error(`registerExhibitor answered neither the registration nor a refusal: ${JSON.stringify(payload)}`);
  }
  return payload!.error ? { code: payload!.error.code, field: payload!.error.field } : null;
}
