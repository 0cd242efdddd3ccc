/**
 * `npm run schema:check [-- --base REV]`: compares schema/api.graphql (as it
 * is in the working tree) with the one at a base revision, prints the changes
 * by criticality, and exits 1 on a breaking change that schema/CHANGELOG.md
 * does not list in an entry added since the base, or on a deprecation without
 * a removal date (see docs/using.md, "Schema changes"). The base, first that applies:
 * `--base REV`; the merge base with `main` when on another branch; the latest
 * tag `schema-v*`; `HEAD~1`.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { projectRoot } from '../services/shared/platform/project-root';
import { checkSchemaChange, type SchemaChange } from './check-schema-change';

const SCHEMA_FILE = 'schema/api.graphql';
const CHANGELOG_FILE = 'schema/CHANGELOG.md';

/** Returns git's output, trimmed, or undefined when git fails (no such revision, branch or tag). */
function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: projectRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Returns the revision to compare with and why it was chosen, in the documented order. */
function baseRevision(argv: readonly string[]): { revision: string; reason: string } {
  const given = argv.indexOf('--base');
  if (given >= 0 && argv[given + 1]) {
    return { revision: argv[given + 1], reason: '--base' };
  }
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  const mergeBase = branch !== 'main' ? git('merge-base', 'HEAD', 'main') : undefined;
  if (mergeBase) {
    return { revision: mergeBase, reason: 'the merge base with main' };
  }
  const tag = git('describe', '--tags', '--abbrev=0', '--match', 'schema-v*', 'HEAD');
  if (tag) {
    return { revision: tag, reason: 'the latest schema-v* tag' };
  }
  return { revision: 'HEAD~1', reason: 'the commit before HEAD (no main branch to branch from, no schema-v* tag)' };
}

/** Returns one line of the report for a change. */
function line(change: SchemaChange): string {
  return `  ${change.coordinate}: ${change.message}${change.listedOn ? ` (listed under ${change.listedOn})` : ''}`;
}

async function main(): Promise<void> {
  const { revision, reason } = baseRevision(process.argv.slice(2));
  const short = git('rev-parse', '--short', revision) ?? revision;
  const baseSchema = git('show', `${revision}:${SCHEMA_FILE}`);
  if (baseSchema === undefined) {
    process.stdout.write(`No ${SCHEMA_FILE} at ${revision} (${reason}): nothing to compare with.\n`);
    return;
  }
  const report = await checkSchemaChange({
    baseSchema,
    schema: await readFile(path.join(projectRoot(), SCHEMA_FILE), 'utf8'),
    baseChangelog: git('show', `${revision}:${CHANGELOG_FILE}`) ?? '',
    changelog: await readFile(path.join(projectRoot(), CHANGELOG_FILE), 'utf8'),
  });
  const out: string[] = [`${SCHEMA_FILE} against ${short} (${reason}): ${report.changes.length} changes`];
  for (const level of ['BREAKING', 'DANGEROUS', 'NON_BREAKING']) {
    const changes = report.changes.filter((change) => change.level === level);
    if (changes.length > 0) {
      out.push(`${level} (${changes.length})`, ...changes.map(line));
    }
  }
  if (report.unlisted.length > 0) {
    out.push(
      `Breaking changes that ${CHANGELOG_FILE} does not list (add a bullet opening with the coordinate in backticks under a dated heading):`,
      ...report.unlisted.map(line),
    );
  }
  if (report.undatedDeprecations.length > 0) {
    out.push(
      'Deprecations without "Removal after YYYY-MM-DD." in their reason:',
      ...report.undatedDeprecations.map((coordinate) => `  ${coordinate}`),
    );
  }
  out.push(report.passed ? 'Schema check passed.' : 'Schema check failed.');
  process.stdout.write(`${out.join('\n')}\n`);
  process.exitCode = report.passed ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
