import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, isEnumType } from 'graphql';

import { codeText } from '../support/environment-variables';
import { documentationFiles, readDocumentation } from '../support/markdown-docs';
import { projectRoot } from '../support/project-root';

/** Returns the section of a documentation file under the heading `## <title>`, up to the next heading of that level. */
function section(file: string, title: string): string {
  const text = readDocumentation(file);
  const start = text.indexOf(`\n## ${title}\n`);
  expect({ file, title, found: start > -1 }).toEqual({ file, title, found: true });
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** Returns the code spans of a text (``a `b` c`` included) that match `pattern`, once each, sorted. */
function namesIn(text: string, pattern: RegExp): string[] {
  return [
    ...new Set(
      [...text.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map(([, , name]) => name.trim()).filter((name) => pattern.test(name)),
    ),
  ].sort();
}

describe('the lists of names in docs/ that the code also lists', () => {
  it('refusal codes of mutation payloads (docs/using.md, "Queries") are the values of MutationErrorCode in schema/api.graphql', () => {
    const schema = buildSchema(readFileSync(path.join(projectRoot(), 'schema', 'api.graphql'), 'utf8'));
    const codes = schema.getType('MutationErrorCode');
    expect(isEnumType(codes)).toBe(true);
    const refusals = /for expected refusals \(([^)]*)\)/.exec(section('docs/using.md', 'Queries'))?.[1] ?? '';
    const documented = namesIn(refusals, /^[A-Z][A-Z_]+$/);
    expect(documented).toEqual(
      isEnumType(codes)
        ? codes
            .getValues()
            .map((value) => value.name)
            .sort()
        : [],
    );
  });

  it('metrics (docs/operating.md, "Metrics") are the ones the code registers, apart from prom-client\'s defaults', () => {
    const registered = [...codeText().matchAll(/name: '((?:graphql|gateway|db)_[a-z_]+)'/g)].map(([, name]) => name).sort();
    expect(registered.length).toBeGreaterThan(3);
    const firstColumn = section('docs/operating.md', 'Metrics')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|')[1])
      .join(' ');
    expect(namesIn(firstColumn, /^[a-z]+_[a-z_]+$/)).toEqual(registered);
  });

  it('log components (docs/operating.md, "Logs") are the names the code gives its loggers', () => {
    const code = codeText();
    const fixed = [...code.matchAll(/createLogger\('([a-z:]+)'/g)].map(([, name]) => name);
    const subgraphs = [...code.matchAll(/portVariable: '([A-Z]+)_PORT'/g)].map(([, name]) => name.toLowerCase());
    expect(code).toContain('createLogger(definition.name)');
    expect(code).toContain('createLogger(`${options.schema}:database`)');
    const components = /`component` \(([^)]*)\)/.exec(section('docs/operating.md', 'Logs'))?.[1] ?? '';
    expect(namesIn(components, /./)).toEqual([...new Set([...fixed, ...subgraphs, '<schema>:database'])].sort());
  });
});

describe('the names in the prose of README.md and docs/', () => {
  it('of npm scripts are scripts of package.json', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const named = documentationFiles().flatMap((file) =>
      [...readDocumentation(file).matchAll(/\bnpm run ([\w-]+(?::[\w-]+)?)/g)].map(([, script]) => ({ file, script })),
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter(({ script }) => !(script in scripts))).toEqual([]);
  });

  it('of files in the repository (`path/to/file.ext` in code spans) name files that exist', () => {
    const rootEntries = new Set(readdirSync(projectRoot()));
    const named = documentationFiles().flatMap((file) =>
      namesIn(readDocumentation(file), /^[\w.-]+\/[\w./-]*\.\w+$/)
        .filter((name) => rootEntries.has(name.split('/')[0]))
        .map((name) => ({ file, name })),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter(({ name }) => !existsSync(path.join(projectRoot(), name)))).toEqual([]);
  });
});
