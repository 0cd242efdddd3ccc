import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { buildSchema, type GraphQLSchema, parse, validate } from 'graphql';

import { asAnonymous, createTestKey } from '../support/access';
import { BUILTIN_ORGANIZATION_IDS } from '../support/catalogue';
import { variablesTheCodeReads } from '../support/environment-variables';
import { postGraphql } from '../support/graphql-client';
import { documentationFiles, type FencedBlock, fencedBlocks } from '../support/markdown-docs';
import { Role } from '../support/platform';
import { projectRoot } from '../support/project-root';
import { importExportCsv } from '../support/subgraphs';
import { useTestGraph } from '../support/test-graph';
import { typeErrors } from '../support/type-errors';

const graph = useTestGraph();
const run = promisify(execFile);

/** Where the documentation says the graph answers; the test substitutes its own gateway. */
const DOCUMENTED_ORIGIN = 'http://localhost:4000';
/** Languages of blocks this test runs (TypeScript: compiles); a block of any other language must say why it is not run. */
const RUN_LANGUAGES = new Set(['graphql', 'sh', 'csv', 'ts']);
/** What a TypeScript block leaves to the reader's own code. */
const READER_DECLARATIONS = 'declare const apiKey: string;';
/** The first line of a TypeScript block that shows a file of the project (`// clients/examples/urql.ts`): it compiles where that file is. */
const SHOWN_FILE = /^\/\/ ([\w./-]+\.ts)$/;

const BLOCKS = documentationFiles().flatMap(fencedBlocks);
const where = (block: Pick<FencedBlock, 'file' | 'line'>) => `${block.file}:${block.line}`;
const toRun = (language: string) => BLOCKS.filter((block) => block.language === language && block.notRunBecause === null);

/** Returns the API schema clients see, as committed. */
function apiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
}

/** Returns what is wrong with a block's marker: none when it is run, or when it says why not. */
function markerProblems(block: FencedBlock): string[] {
  if (block.notRunBecause === '') {
    return [`${where(block)}: its <!-- not run: … --> gives no reason`];
  }
  if (block.notRunBecause === null && !RUN_LANGUAGES.has(block.language)) {
    return [`${where(block)}: a \`\`\`${block.language || '(no language)'} block is not run by this test: mark it <!-- not run: why -->`];
  }
  return [];
}

/** Returns what does not fit schema/api.graphql in a GraphQL block. */
function graphqlProblems(block: FencedBlock, schema: GraphQLSchema): string[] {
  try {
    return validate(schema, parse(block.text)).map((error) => `${where(block)}: ${error.message}`);
  } catch (error) {
    return [`${where(block)}: ${(error as Error).message}`];
  }
}

/**
 * Returns what a shell block names that is not there: an npm script package.json lacks, a file, a variable the code does not read;
 * or a tool beyond curl that a newcomer's machine may lack (jq).
 */
function shellProblems(block: FencedBlock, scripts: Record<string, string>, variables: Set<string>): string[] {
  const problems: string[] = [];
  const text = block.text.replace(/#[^\n'"]*$/gm, '');
  if (/\bjq\b/.test(text)) {
    problems.push(
      `${where(block)}: uses jq, which a newcomer's machine may lack: curl alone can send a file (--data-urlencode query@FILE)`,
    );
  }
  for (const [, script] of text.matchAll(/\bnpm run ([\w:-]+)/g)) {
    if (!(script in scripts)) {
      problems.push(`${where(block)}: npm run ${script}: package.json has no such script`);
    }
  }
  for (const [, command] of text.matchAll(/\bnpm (start|test)\b/g)) {
    if (!(command in scripts)) {
      problems.push(`${where(block)}: npm ${command}: package.json has no such script`);
    }
  }
  const rootEntries = new Set(readdirSync(projectRoot()));
  for (const token of text.split(/[\s'"=()@]+/)) {
    if (token.includes('/') && !token.includes('://') && rootEntries.has(token.split('/')[0])) {
      if (!existsSync(path.join(projectRoot(), token))) {
        problems.push(`${where(block)}: ${token} does not exist`);
      }
    }
  }
  // Upper-case names are the graph's environment variables; lower-case ones are the reader's own shell variables.
  for (const [, name] of text.matchAll(/(?:\$\{?|(?:^|\s)(?=[A-Z][A-Z0-9_]*=))([A-Z][A-Z0-9_]*)/gm)) {
    if (!variables.has(name)) {
      problems.push(`${where(block)}: ${name} is not a variable the code reads`);
    }
  }
  return problems;
}

/** Runs a shell block against the test graph's gateway instead of localhost:4000 and returns its answer as JSON. */
async function runShell(
  block: FencedBlock,
  env: Record<string, string>,
): Promise<{ data?: Record<string, unknown> | null; errors?: unknown }> {
  const origin = new URL(graph.url).origin;
  const { stdout } = await run('sh', ['-c', block.text.replaceAll(DOCUMENTED_ORIGIN, origin)], {
    cwd: projectRoot(),
    env: { ...process.env, ...env },
  });
  try {
    return JSON.parse(stdout) as { data?: Record<string, unknown> | null; errors?: unknown };
  } catch {
    throw new Error(`${where(block)} answered something other than JSON: ${stdout.slice(0, 500)}`);
  }
}

describe('the fenced blocks of README.md and docs/', () => {
  it('are each run here, or marked <!-- not run: … --> with the reason', () => {
    expect(BLOCKS.length).toBeGreaterThan(5);
    expect(BLOCKS.flatMap(markerProblems)).toEqual([]);
  });

  it('in GraphQL are valid against schema/api.graphql, marked or not', () => {
    const schema = apiSchema();
    const graphqlBlocks = BLOCKS.filter((block) => block.language === 'graphql');
    expect(graphqlBlocks.length).toBeGreaterThan(2);
    expect(graphqlBlocks.flatMap((block) => graphqlProblems(block, schema))).toEqual([]);
  });

  it('in GraphQL answer a caller without a key from the built-in dataset, without errors', async () => {
    for (const block of toRun('graphql')) {
      const response = await postGraphql<Record<string, unknown>>(asAnonymous(graph.url), block.text);
      const data = response.data ?? {};
      expect({ block: where(block), errors: response.errors }).toEqual({ block: where(block), errors: undefined });
      expect({ block: where(block), nullFields: Object.keys(data).filter((field) => data[field] == null) }).toEqual({
        block: where(block),
        nullFields: [],
      });
    }
  });

  it('in shell name only scripts of package.json, files that exist and variables the code reads, and need no jq, marked or not', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const variables = variablesTheCodeReads();
    const shellBlocks = BLOCKS.filter((block) => block.language === 'sh');
    expect(shellBlocks.length).toBeGreaterThan(2);
    expect(shellBlocks.flatMap((block) => shellProblems(block, scripts, variables))).toEqual([]);
  });

  it('in shell run as they are against a gateway on the built-in dataset (a partner key in $key), answering data without errors', async () => {
    const key = await createTestKey(graph.subgraphs.access.dataSource, Role.PARTNER, BUILTIN_ORGANIZATION_IDS.cheche);
    const shellBlocks = toRun('sh');
    expect(shellBlocks.map(where)).toContain('README.md:' + fencedBlocks('README.md').find((block) => block.text.startsWith('curl'))?.line);
    for (const block of shellBlocks) {
      const answer = await runShell(block, { key });
      expect({ block: where(block), errors: answer.errors }).toEqual({ block: where(block), errors: undefined });
      expect(answer.data).toEqual(expect.any(Object));
    }
  });

  it("the README's first query finds the three exhibitions in Iraq that it says it does", async () => {
    const frontDoor = fencedBlocks('README.md').find((block) => block.language === 'sh' && block.text.startsWith('curl'));
    expect(frontDoor?.notRunBecause).toBeNull();
    expect(frontDoor?.text).not.toMatch(/\bjq\b|authorization/i);
    const answer = await runShell(frontDoor!, {});
    expect(answer.data).toMatchObject({ exhibitions: { totalCount: 3 } });
  });

  it('in CSV import into the trade schema without errors', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'docs-csv-'));
    try {
      for (const [index, block] of toRun('csv').entries()) {
        const file = path.join(directory, `block-${index}.csv`);
        await writeFile(file, `${block.text}\n`);
        const report = await importExportCsv(graph.subgraphs.trade.dataSource, file);
        expect({ block: where(block), errors: report.errors, rowsRead: report.rowsRead }).toEqual({
          block: where(block),
          errors: [],
          rowsRead: block.text.trim().split('\n').length - 1,
        });
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("in TypeScript compile, strict, from the project root or as the file their first line names (with `apiKey` the reader's)", () => {
    const tsBlocks = toRun('ts');
    expect(tsBlocks.length).toBeGreaterThan(0);
    for (const block of tsBlocks) {
      const shownFile = SHOWN_FILE.exec(block.text.split('\n')[0])?.[1];
      const errors = typeErrors(`${block.text}\n${READER_DECLARATIONS}`, path.join(projectRoot(), shownFile ?? '__docs_block__.ts'));
      expect({ block: where(block), errors }).toEqual({ block: where(block), errors: [] });
    }
  });

  it('that drift are caught: a field the schema lacks, a script, a file or a variable that is not there, jq, a block without its reason', () => {
    const block = (language: string, text: string, notRunBecause: string | null = null): FencedBlock => ({
      file: 'docs/drifted.md',
      line: 1,
      language,
      text,
      notRunBecause,
    });
    expect(graphqlProblems(block('graphql', '{ province(code: "IR-02") { nmae } }'), apiSchema())).toEqual([
      'docs/drifted.md:1: Cannot query field "nmae" on type "Province". Did you mean "name"?',
    ]);
    expect(
      shellProblems(
        block(
          'sh',
          'NO_SUCH_SETTING=1 npm run no-such-script -- schema/examples/gone.graphql # npm run fine-in-a-comment\nPORT=4000 npm start | jq .data',
        ),
        { start: 'x' },
        new Set(['PORT']),
      ),
    ).toEqual([
      "docs/drifted.md:1: uses jq, which a newcomer's machine may lack: curl alone can send a file (--data-urlencode query@FILE)",
      'docs/drifted.md:1: npm run no-such-script: package.json has no such script',
      'docs/drifted.md:1: schema/examples/gone.graphql does not exist',
      'docs/drifted.md:1: NO_SUCH_SETTING is not a variable the code reads',
    ]);
    expect(markerProblems(block('js', 'const x = 1;'))).toEqual([
      'docs/drifted.md:1: a ```js block is not run by this test: mark it <!-- not run: why -->',
    ]);
    expect(markerProblems(block('', 'services/'))).toEqual([
      'docs/drifted.md:1: a ```(no language) block is not run by this test: mark it <!-- not run: why -->',
    ]);
    expect(markerProblems(block('js', 'const x = 1;', ''))).toEqual(['docs/drifted.md:1: its <!-- not run: … --> gives no reason']);
    expect(markerProblems(block('js', 'const x = 1;', 'an illustration'))).toEqual([]);
  });
});
