import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** A file of the GraphiQL page, served under `/graphiql/` by a name that changes with its content. */
export interface GraphiqlAsset {
  /** `/graphiql/<name>.<hash>.<ext>`. */
  readonly path: string;
  readonly contentType: string;
  readonly body: Buffer;
  /** `body` compressed with gzip, for browsers that accept it. */
  readonly gzipped: Buffer;
}

/** The files the page links to, by role; `all` by path. */
export interface GraphiqlAssetSet {
  /** GraphiQL's styles, fonts inline. */
  readonly graphiqlCss: GraphiqlAsset;
  /** GraphiQL with React and Monaco, and Monaco's editor workers as text (they run from `blob:` URLs). */
  readonly graphiqlJs: GraphiqlAsset;
  /** The page's own bar and banner. */
  readonly pageCss: GraphiqlAsset;
  /** The page's own script: renders GraphiQL, loads examples, takes a key. */
  readonly pageJs: GraphiqlAsset;
  readonly all: ReadonlyMap<string, GraphiqlAsset>;
}

/** The strings of `@graphql-yoga/render-graphiql/graphiql`. */
type GraphiqlBundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

/**
 * Returns the page's files: GraphiQL from the installed
 * `@graphql-yoga/render-graphiql` (React, GraphiQL, Monaco and fonts, no
 * address outside the page's origin) and the page's own script and styles from
 * `folder` (gateway/graphiql/browser/ of the checkout). The bundle is about 9 MB of
 * text, so it is loaded only here, when a browser first asks for the page.
 */
export async function loadGraphiqlAssets(folder: string): Promise<GraphiqlAssetSet> {
  // Loaded on first use rather than imported, and let go once its text is in the files: a gateway
  // holds the files as bytes (about 11 MB outside the heap), not the module (about 55 MB more).
  const require = createRequire(__filename);
  const bundleId = require.resolve('@graphql-yoga/render-graphiql/graphiql');
  const bundle = require(bundleId) as GraphiqlBundle;
  let graphiqlFiles: Promise<[GraphiqlAsset, GraphiqlAsset]>;
  try {
    graphiqlFiles = Promise.all([
      asset('graphiql', 'css', bundle.css),
      asset('graphiql', 'js', `${monacoEnvironment(bundle)}\n${bundle.js};\n`),
    ]);
  } finally {
    delete require.cache[bundleId];
  }
  const [[graphiqlCss, graphiqlJs], pageCss, pageJs] = await Promise.all([
    graphiqlFiles,
    readFile(path.join(folder, 'page.css'), 'utf8').then((text) => asset('page', 'css', text)),
    readFile(path.join(folder, 'page.js'), 'utf8').then((text) => asset('page', 'js', text)),
  ]);
  const set = { graphiqlCss, graphiqlJs, pageCss, pageJs };
  return { ...set, all: new Map(Object.values(set).map((file) => [file.path, file])) };
}

/** Returns a file named after its content, with its gzip-compressed form. */
async function asset(name: string, extension: 'css' | 'js', text: string): Promise<GraphiqlAsset> {
  const body = Buffer.from(text, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    path: `/graphiql/${name}.${hash}.${extension}`,
    contentType: extension === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    body,
    gzipped: await gzipAsync(body, { level: 9 }),
  };
}

/**
 * Returns the script that tells Monaco where its workers are, as
 * `renderGraphiQL` of the same package does, and makes Monaco global
 * (`globalAPI`) so that the page's script can reach GraphiQL's editors.
 */
function monacoEnvironment(bundle: GraphiqlBundle): string {
  const workers = { editorWorkerService: bundle.editorWorkerService, json: bundle.jsonWorker, graphql: bundle.graphqlWorker };
  const urls = Object.entries(workers)
    .map(([label, source]) => `${JSON.stringify(label)}: workerUrl(${JSON.stringify(source)})`)
    .join(',\n    ');
  return `(function () {
  function workerUrl(source) {
    return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  }
  var workers = {
    ${urls}
  };
  self.MonacoEnvironment = {
    globalAPI: true,
    getWorkerUrl: function (_moduleId, label) {
      return workers[label];
    },
  };
})();`;
}
