import { queryData } from './graphql-client';

/** A source for figures recorded by tests. */
export const TEST_SOURCE = { title: 'Test customs bulletin', publisher: 'Test Customs Office', publishedOn: '2024-06-01' };

/** Records an export figure through the API (test source and STATED basis unless given) and returns its id. */
export async function recordFigure(url: string, input: Record<string, unknown>): Promise<string> {
  const data = await queryData(
    url,
    `mutation($input: RecordExportFigureInput!) { recordExportFigure(input: $input) { figure { id } error { code message } } }`,
    { input: { source: TEST_SOURCE, ...input } },
  );
  if (data.recordExportFigure.error) {
    throw new Error(JSON.stringify(data.recordExportFigure.error));
  }
  return data.recordExportFigure.figure.id;
}
