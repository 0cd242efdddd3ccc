import { checkedServer, prepareTestServer } from './global-setup';
import { SECOND_TEST_SERVER_VARIABLES } from './test-database';

/**
 * Global setup of the `integration on DATABASE_URL` project (jest.config.js
 * adds it when TEST_ALSO_ON_DATABASE_URL is set): a template database on the
 * server that variable names, recorded under the second server's variables
 * (and the variable removed); on-database-url.setup.ts hands them to each of
 * the project's test files.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.TEST_ALSO_ON_DATABASE_URL;
  if (!serverUrl) {
    throw new Error('TEST_ALSO_ON_DATABASE_URL is unset: jest.config.js adds this project only when it is set.');
  }
  await prepareTestServer(await checkedServer(serverUrl), SECOND_TEST_SERVER_VARIABLES);
  // A superuser's URL: the workers, and the processes the tests start, have it only where a test file puts it.
  delete process.env.TEST_ALSO_ON_DATABASE_URL;
}
