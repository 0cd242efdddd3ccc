import { graphql } from '../generated';
import type { RecordExportFigureInput } from '../generated/graphql';
import { queryData } from './graphql-client';

/** A source for figures recorded by tests. */
export const TEST_SOURCE = { title: 'Test customs bulletin', publisher: 'Test Customs Office', publishedOn: '2024-06-01' };

const RECORD_FIGURE = graphql(`
  mutation FixtureRecordFigure($input: RecordExportFigureInput!) {
    recordExportFigure(input: $input) {
      figure {
        id
      }
      error {
        code
        message
      }
    }
  }
`);

/** Figure input whose source (TEST_SOURCE) the fixture fills in unless given. */
export type TestFigureInput = Omit<RecordExportFigureInput, 'source'> & Partial<Pick<RecordExportFigureInput, 'source'>>;

/** Records an export figure through the API (test source and STATED basis unless given) and returns its id. */
export async function recordFigure(url: string, input: TestFigureInput): Promise<string> {
  const { recordExportFigure: payload } = await queryData(url, RECORD_FIGURE, { input: { source: TEST_SOURCE, ...input } });
  if (payload!.error || !payload!.figure) {
    throw new Error(JSON.stringify(payload!.error));
  }
  return payload!.figure.id;
}
