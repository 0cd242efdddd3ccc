import type { GraphiqlAssetSet } from './graphiql-assets';
import type { GraphqlExample } from './graphql-example';

/** What the page is made of. */
export interface GraphiqlPageOptions {
  readonly assets: GraphiqlAssetSet;
  readonly examples: readonly GraphqlExample[];
  /** Where GraphiQL sends operations: the gateway's GraphQL path. */
  readonly endpoint: string;
}

/**
 * The page's Content-Security-Policy, sent as a header (a `<meta>` cannot
 * forbid framing). Everything the page may load comes from the gateway
 * itself; `blob:` is how Monaco starts its workers and `data:` how
 * GraphiQL's styles carry fonts and icons. The browser refuses anything
 * else, so the page works without internet, and no other site may frame the
 * page where keys are typed.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' blob:",
  "worker-src 'self' blob:",
  // GraphiQL and Monaco set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The text GraphiQL starts with in a new browser. */
const WELCOME = `# Handicrafts Graph: GraphiQL at the gateway.
#
# Pick a ready example under "Example" above
# (its variables go into the Variables tab),
# or write an operation here: Ctrl-Space
# completes, Ctrl-Enter runs. The book icon on
# the left documents every type and field; the
# clock lists the operations you ran.
#
# Personal data needs an API key: enter it under
# "API key" above, and it goes into the Headers
# tab as Authorization: Bearer <key>.
{
  exhibitions(filter: { countryCode: "IQ" }, first: 5) {
    totalCount
    edges {
      node {
        name
        startsOn
        status
      }
    }
  }
}
`;

/** A loom-like mark for GraphiQL's logo corner, drawn inline. */
const LOGO =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><g fill="none" stroke="currentColor" stroke-width="2"><path d="M4 4h16v16H4z"/><path d="M4 9h16M4 15h16M9 4v16M15 4v16"/></g></svg>';

/**
 * Returns the HTML of the GraphiQL page: GraphiQL with its documentation,
 * history and headers editor, a bar listing the examples (with the key each
 * needs) and taking an API key, and a banner for when introspection needs a
 * key. It links only to `assets`, served by the gateway.
 */
export function renderGraphiqlPage({ assets, examples, endpoint }: GraphiqlPageOptions): string {
  const config = {
    endpoint,
    examples: examples.map(({ name, title, description, audience, key, needsKey, notes, document, defaultVariables }) => ({
      name,
      title,
      description,
      audience,
      key,
      needsKey,
      notes,
      document,
      defaultVariables,
    })),
    graphiql: {
      title: 'Handicrafts Graph',
      logo: LOGO,
      defaultQuery: WELCOME,
      // Keys stay out of the browser's storage unless the user turns this on in GraphiQL's settings.
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: true,
      introspectionQueryName: 'IntrospectionQuery',
      maxHistoryLength: 50,
    },
  };
  const options = examples
    .map((example) => `<option value="${escapeHtml(example.name)}">${escapeHtml(`${example.title} · ${keyLabel(example)}`)}</option>`)
    .join('\n          ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Handicrafts Graph · GraphiQL</title>
    <link rel="icon" href="data:image/svg+xml,${encodeURIComponent(LOGO)}" />
    <link rel="stylesheet" href="${assets.graphiqlCss.path}" />
    <link rel="stylesheet" href="${assets.pageCss.path}" />
  </head>
  <body>
    <header class="hg-bar">
      <span class="hg-brand">Handicrafts Graph</span>
      <label>
        Example
        <select id="hg-example">
          <option value="">Choose an example…</option>
          ${options}
        </select>
      </label>
      <span id="hg-example-note" class="hg-note" aria-live="polite"></span>
      <form id="hg-key-form" class="hg-key">
        <label>API key <input id="hg-key" type="password" autocomplete="off" spellcheck="false" placeholder="hg_…" /></label>
        <button type="submit">Use key</button>
      </form>
    </header>
    <div id="hg-introspection" class="hg-banner" role="alert" hidden>
      <strong>No documentation yet.</strong> <span id="hg-introspection-message"></span>
    </div>
    <div id="root"></div>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <script type="application/json" id="hg-config">${jsonForScript(config)}</script>
    <script src="${assets.graphiqlJs.path}"></script>
    <script src="${assets.pageJs.path}"></script>
  </body>
</html>
`;
}

/** Returns what the examples list says of an example's key: "no key", or its roles ("partner or analyst key"). */
function keyLabel(example: GraphqlExample): string {
  return example.needsKey ? `${example.key.replace(/\s*\(.*$/, '')} key` : 'no key';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Returns JSON that cannot end the `<script>` element it sits in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
