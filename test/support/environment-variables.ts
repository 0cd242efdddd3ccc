import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from './project-root';

/** Returns the TypeScript files of the code that runs (services/, gateway/, scripts/), recursively. */
function codeFiles(directory: string): string[] {
  return readdirSync(path.join(projectRoot(), directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    return entry.isDirectory() ? codeFiles(relative) : entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** Returns the code of services/, gateway/ and scripts/, all files in one string. */
export function codeText(): string {
  return ['services', 'gateway', 'scripts']
    .flatMap(codeFiles)
    .map((file) => readFileSync(path.join(projectRoot(), file), 'utf8'))
    .join('\n');
}

/**
 * Returns the environment variables the code reads: `process.env.NAME`, the
 * env helpers' `…FromEnv('NAME', …)`, a subgraph's `portVariable` and, beside
 * each `<NAME>_PORT` of a subgraph, its `<NAME>_URL` (subgraph-urls.ts reads
 * that one through a template), and each `databaseSchema`'s
 * `<SCHEMA>_DATABASE_URL` (subgraph-role.ts reads it through a template).
 */
export function variablesTheCodeReads(): Set<string> {
  const code = codeText();
  const names = new Set<string>();
  for (const pattern of [/process\.env\.([A-Z][A-Z0-9_]*)/g, /FromEnv\('([A-Z][A-Z0-9_]*)'/g]) {
    for (const [, name] of code.matchAll(pattern)) {
      names.add(name);
    }
  }
  for (const [, subgraph] of code.matchAll(/portVariable: '([A-Z]+)_PORT'/g)) {
    names.add(`${subgraph}_PORT`).add(`${subgraph}_URL`);
  }
  // subgraph-role.ts reads each schema's own database URL through a template: TRAINING_DATABASE_URL, ….
  if (code.includes('`${schema.toUpperCase()}_DATABASE_URL`')) {
    for (const [, schema] of code.matchAll(/databaseSchema: '([a-z]+)'/g)) {
      names.add(`${schema.toUpperCase()}_DATABASE_URL`);
    }
  }
  return names;
}

/**
 * Returns the defaults the env helpers give variables where the code writes
 * them as a number or a switch (`integerFromEnv('MAX_BODY_BYTES', 1024 * 1024)`
 * is 1048576), as text; defaults computed from other settings are left out.
 */
export function defaultsInTheCode(): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const [, name, value] of codeText().matchAll(/FromEnv\('([A-Z][A-Z0-9_]*)', ([\d_ *]+|true|false)[,)]/g)) {
    const number = value
      .split('*')
      .map((factor) => Number(factor.replaceAll('_', '').trim()))
      .reduce((product, factor) => product * factor, 1);
    defaults.set(name, /^(true|false)$/.test(value) ? value : String(number));
  }
  return defaults;
}
