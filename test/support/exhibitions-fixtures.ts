import { queryData } from './graphql-client';

/** The fields the exhibition fixtures read back from a payload's error. */
export interface PayloadError {
  readonly code: string;
  readonly field: string | null;
}

/** Creates an exhibition through the API (an international one in Turkey unless given, so as not to mix with the built-in ones) and returns its id; fails on a refusal. */
export async function createExhibition(url: string, input: Record<string, unknown>): Promise<string> {
  const data = await queryData(
    url,
    `mutation($input: CreateExhibitionInput!) { createExhibition(input: $input) { exhibition { id } error { code message field } } }`,
    { input: { kind: 'INTERNATIONAL', countryCode: 'TR', ...input } },
  );
  if (data.createExhibition.error) {
    throw new Error(JSON.stringify(data.createExhibition.error));
  }
  return data.createExhibition.exhibition.id;
}

/** Registers an artisan as an exhibitor through the API and returns the payload's error, null on success. */
export async function registerExhibitor(url: string, exhibitionId: string, artisanId: string): Promise<PayloadError | null> {
  const data = await queryData(
    url,
    `mutation($input: ExhibitorInput!) { registerExhibitor(input: $input) { exhibition { id } artisan { id } error { code message field } } }`,
    { input: { exhibitionId, artisanId } },
  );
  const payload = data.registerExhibitor;
  if (!payload.error && (payload.exhibition?.id !== exhibitionId || payload.artisan?.id !== artisanId)) {
    throw new Error(`registerExhibitor answered neither the registration nor a refusal: ${JSON.stringify(payload)}`);
  }
  return payload.error ? { code: payload.error.code, field: payload.error.field } : null;
}
