import { dropTemplateDatabase, TEST_SERVER_VARIABLES, type TestServerVariables } from './test-database';

/** Global teardown of the `integration` project: drops its template database and stops the embedded PostgreSQL that the global setup started, if any. */
export default async function globalTeardown(): Promise<void> {
  await dropTestTemplate(TEST_SERVER_VARIABLES);
  await globalThis.embeddedPostgresForTests?.stop();
}

/** Drops the template database that the variables named by `variables` record, if any. */
export async function dropTestTemplate(variables: TestServerVariables): Promise<void> {
  const serverUrl = process.env[variables.serverUrl];
  const template = process.env[variables.templateDatabase];
  if (serverUrl && template) {
    await dropTemplateDatabase(serverUrl, template);
  }
}
