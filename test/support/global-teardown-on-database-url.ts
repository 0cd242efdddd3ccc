import { dropTestTemplate } from './global-teardown';
import { SECOND_TEST_SERVER_VARIABLES } from './test-database';

/** Global teardown of the `integration on DATABASE_URL` project: drops its template database from the server, where it would outlive the run. */
export default async function globalTeardown(): Promise<void> {
  await dropTestTemplate(SECOND_TEST_SERVER_VARIABLES);
}
