import { dropTemplateDatabase } from './test-database';

/** Drops the template database and stops the embedded PostgreSQL that the global setup started, if any. */
export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_POSTGRES_URL;
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (serverUrl && template) {
    await dropTemplateDatabase(serverUrl, template);
  }
  await globalThis.embeddedPostgresForTests?.stop();
}
