import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

import { PartnerListingDocument } from '../../clients/typed/graphql';
import { TEST_ADMIN_KEY } from '../support/access';
import { queryData } from '../support/graphql-client';
import { projectRoot, readGraphqlExamples } from '../support/platform';
import { useTestGraph } from '../support/test-graph';

/**
 * Debian's chromium package, which .ci/run installs when it is missing
 * (playwright's own browser download cannot reach its host here);
 * CHROMIUM_PATH names another Chromium.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Headless as root, with nothing of Chromium's own reaching for the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = path.join(projectRoot(), 'test-results');

jest.setTimeout(180_000);
const graph = useTestGraph();
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: the GraphiQL browser test needs Debian's chromium package ` +
        '(`apt-get update && apt-get install -y chromium`, which .ci/run does when it runs as root), or CHROMIUM_PATH naming a Chromium.',
    );
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** GraphiQL as a browser shows it, with what it tried to reach outside the gateway and what went wrong in it. */
interface OpenedGraphiql {
  readonly page: Page;
  /** Requests to anything but the gateway's origin: blocked, and listed here. */
  readonly outside: string[];
  /** Errors the page logged or threw (a refused request, a script error, a blocked resource). */
  readonly problems: string[];
}

/**
 * Opens the gateway's `/` in a new browser context where every request to
 * another origin is blocked and recorded, and waits until GraphiQL's editors
 * are there. `refuseIntrospectionWithoutKey` makes the gateway answer
 * introspection without an `Authorization` header as production mode does.
 */
async function openGraphiql({ refuseIntrospectionWithoutKey = false } = {}): Promise<OpenedGraphiql> {
  const origin = new URL(graph.url).origin;
  const context = await browser!.newContext({ viewport: { width: 1400, height: 900 } });
  const outside: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (new URL(request.url()).origin !== origin) {
      outside.push(request.url());
      await route.abort('blockedbyclient');
      return;
    }
    const body = request.method() === 'POST' ? (request.postDataJSON() as { operationName?: string } | null) : null;
    if (refuseIntrospectionWithoutKey && body?.operationName === 'IntrospectionQuery' && !request.headers().authorization) {
      await route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Introspection needs an API key.', extensions: { code: 'UNAUTHENTICATED' } }] }),
      });
      return;
    }
    await route.continue();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  expect(new URL(page.url()).pathname).toBe('/graphql');
  await page.waitForFunction(() => (globalThis as unknown as MonacoGlobal).monaco?.editor.getEditors().length === 4, null, {
    timeout: 60_000,
  });
  return { page, outside, problems };
}

/** The part of Monaco the tests read GraphiQL's editors through (the page makes it global). */
interface MonacoGlobal {
  monaco?: {
    editor: { getEditors(): Array<{ getModel(): { uri: { path: string } } | null; getValue(): string; setValue(text: string): void }> };
  };
}

/** Returns the text of GraphiQL's editor for `file`: operation.graphql, variables.json, request-headers.json or response.json. */
function editorText(page: Page, file: string): Promise<string> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as MonacoGlobal)
        .monaco!.editor.getEditors()
        .find((editor) => editor.getModel()?.uri.path.endsWith(name))
        ?.getValue() ?? '',
    file,
  );
}

describe('GraphiQL in a real browser (headless Chromium)', () => {
  it('opens at / with only the gateway reachable, runs the partner listing picked from the examples, and shows its result', async () => {
    const { page, outside, problems } = await openGraphiql();
    const partnerListing = (await readGraphqlExamples(path.join(projectRoot(), 'schema', 'examples'))).find(
      (example) => example.name === 'partner-listing',
    )!;

    // The documentation, the history and the headers editor are there.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).waitFor();
    await page.getByRole('button', { name: 'Show History' }).waitFor();
    await page.getByText('Headers', { exact: true }).waitFor();

    // The examples list says which key an example needs; the key goes into the headers.
    await page.selectOption('#hg-example', 'partner-listing');
    await expect(page.locator('#hg-example-note').textContent()).resolves.toContain('Key: partner or analyst');
    await expect(page.locator('#hg-example-note').textContent()).resolves.toContain('the open tab has none');
    await page.fill('#hg-key', TEST_ADMIN_KEY);
    await page.click('#hg-key-form button');
    expect(JSON.parse(await editorText(page, 'request-headers.json'))).toEqual({ Authorization: `Bearer ${TEST_ADMIN_KEY}` });
    await expect(page.locator('#hg-example-note').textContent()).resolves.not.toContain('the open tab has none');

    // The example is in the editors as its file has it, its variables its defaults.
    expect(await editorText(page, 'operation.graphql')).toBe(partnerListing.document);
    expect(JSON.parse(await editorText(page, 'variables.json'))).toEqual(partnerListing.defaultVariables);

    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.locator('.graphiql-response').getByText('"Ilam Handicrafts Exhibition"').waitFor();
    // The budget report (extensions.rateLimit) differs from call to call; the data must not.
    expect((JSON.parse(await editorText(page, 'response.json')) as { data: unknown }).data).toEqual(
      await queryData(graph.url, PartnerListingDocument),
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-partner-listing.png') });

    await page.getByRole('button', { name: 'Show History' }).click();
    await page.locator('.graphiql-history').getByText('PartnerListing').waitFor();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();

    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says when the gateway answers introspection only with a key, takes the key, and then shows the documentation', async () => {
    const { page, outside } = await openGraphiql({ refuseIntrospectionWithoutKey: true });
    const banner = page.locator('#hg-introspection');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(
      'The gateway answers introspection only to callers with an API key: Introspection needs an API key (UNAUTHENTICATED).',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql-introspection-needs-key.png') });

    // A key the gateway does not know is refused by the gateway itself.
    await page.fill('#hg-key', 'hg_unknown0_not-a-key');
    await page.press('#hg-key', 'Enter');
    await page.locator('#hg-introspection', { hasText: 'The gateway refused introspection with this key' }).waitFor();

    await page.fill('#hg-key', TEST_ADMIN_KEY);
    await page.press('#hg-key', 'Enter');
    await banner.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("opens an example in a new tab, with the open tab's headers, when the open tab holds an operation of the user's", async () => {
    const { page, outside } = await openGraphiql();
    await page.fill('#hg-key', TEST_ADMIN_KEY);
    await page.click('#hg-key-form button');
    await page.evaluate(() =>
      (globalThis as unknown as MonacoGlobal)
        .monaco!.editor.getEditors()
        .find((editor) => editor.getModel()?.uri.path.endsWith('operation.graphql'))!
        .setValue('{ provinces { code } }'),
    );
    await page.selectOption('#hg-example', 'memorandum');
    await page.locator('.graphiql-tab').nth(1).waitFor();
    await page.waitForFunction(
      () =>
        (globalThis as unknown as MonacoGlobal)
          .monaco!.editor.getEditors()
          .find((editor) => editor.getModel()?.uri.path.endsWith('operation.graphql'))
          ?.getValue()
          .includes('query Memorandum') === true,
    );
    expect(await page.locator('.graphiql-tab').count()).toBe(2);
    expect(JSON.parse(await editorText(page, 'request-headers.json'))).toEqual({ Authorization: `Bearer ${TEST_ADMIN_KEY}` });
    await page.locator('.graphiql-tab').first().click();
    await page.waitForFunction(
      () =>
        (globalThis as unknown as MonacoGlobal)
          .monaco!.editor.getEditors()
          .find((editor) => editor.getModel()?.uri.path.endsWith('operation.graphql'))
          ?.getValue() === '{ provinces { code } }',
    );
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
