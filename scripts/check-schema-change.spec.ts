import { CriticalityLevel } from '@graphql-inspector/core';

import { changelogEntries } from './changelog-entries';
import { checkSchemaChange } from './check-schema-change';

const BASE = `
"""What can be read."""
type Query {
  """Courses."""
  courses(
    """How many."""
    first: Int
  ): [String!]!
  """Crafts."""
  crafts: [String!]!
}
`;

const CHANGELOG_AT_BASE = `# Schema changelog

## 2026-11-01

- \`Query.crafts\`: added.
`;

/** The changelog at the base with one more dated section. */
const withSection = (section: string) => `${CHANGELOG_AT_BASE.replace('# Schema changelog\n', `# Schema changelog\n\n${section}`)}`;

describe('checkSchemaChange', () => {
  it('passes a breaking change that an entry added since the base lists', async () => {
    const schema = BASE.replace('): [String!]!', '): [String!]');
    const report = await checkSchemaChange({
      baseSchema: BASE,
      schema,
      baseChangelog: CHANGELOG_AT_BASE,
      changelog: withSection('## 2026-12-08\n\n- `Query.courses`: nullable, so that a subgraph that cannot answer nulls it alone.\n'),
    });
    expect(report.changes).toEqual([
      expect.objectContaining({ level: CriticalityLevel.Breaking, coordinate: 'Query.courses', listedOn: '2026-12-08' }),
    ]);
    expect(report.unlisted).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('fails a breaking change that no entry lists, naming its coordinate', async () => {
    const schema = BASE.replace('"""Crafts."""\n  crafts: [String!]!\n', '');
    const report = await checkSchemaChange({
      baseSchema: BASE,
      schema,
      baseChangelog: CHANGELOG_AT_BASE,
      changelog: withSection('## 2026-12-08\n\n- `Query.courses`: another change.\n'),
    });
    expect(report.unlisted).toEqual([expect.objectContaining({ level: CriticalityLevel.Breaking, coordinate: 'Query.crafts' })]);
    expect(report.passed).toBe(false);
  });

  it('does not count an entry that was already there at the base', async () => {
    const schema = BASE.replace('"""Crafts."""\n  crafts: [String!]!\n', '');
    // `Query.crafts` is listed, but under a heading the base already had: it told of an earlier change.
    const report = await checkSchemaChange({ baseSchema: BASE, schema, baseChangelog: CHANGELOG_AT_BASE, changelog: CHANGELOG_AT_BASE });
    expect(report.unlisted.map((change) => change.coordinate)).toEqual(['Query.crafts']);
  });

  it('names a removed argument by its schema coordinate', async () => {
    const schema = BASE.replace('(\n    """How many."""\n    first: Int\n  )', '');
    const unlisted = await checkSchemaChange({ baseSchema: BASE, schema, baseChangelog: '', changelog: '' });
    expect(unlisted.unlisted.map((change) => change.coordinate)).toEqual(['Query.courses(first:)']);
    const listed = await checkSchemaChange({
      baseSchema: BASE,
      schema,
      baseChangelog: '',
      changelog: '## 2026-12-08\n\n- `Query.courses(first:)`: removed; pages are fixed.\n',
    });
    expect(listed.passed).toBe(true);
  });

  it('passes dangerous and safe changes without an entry', async () => {
    const schema = BASE.replace('"""Crafts."""', '"""Provinces."""\n  provinces: [String!]!\n  """The crafts of the catalogue."""').replace(
      'first: Int\n',
      'first: Int\n  """From where."""\n  after: String\n',
    );
    const report = await checkSchemaChange({ baseSchema: BASE, schema, baseChangelog: CHANGELOG_AT_BASE, changelog: CHANGELOG_AT_BASE });
    expect(report.changes.map((change) => change.level)).not.toContain(CriticalityLevel.Breaking);
    expect(report.changes.map((change) => change.coordinate)).toEqual(
      expect.arrayContaining(['Query.provinces', 'Query.crafts', 'Query.courses(after:)']),
    );
    expect(report.passed).toBe(true);
  });

  it('fails a deprecation without a removal date, and passes one with a real date', async () => {
    const deprecate = (reason: string) => BASE.replace('crafts: [String!]!', `crafts: [String!]! @deprecated(reason: "${reason}")`);
    const check = (reason: string) => checkSchemaChange({ baseSchema: BASE, schema: deprecate(reason), baseChangelog: '', changelog: '' });
    expect((await check('Use `craftList`.')).undatedDeprecations).toEqual(['Query.crafts']);
    expect((await check('Use `craftList`. Removal after 2027-02-30.')).undatedDeprecations).toEqual(['Query.crafts']);
    const dated = await check('Use `craftList`. Removal after 2027-06-01.');
    expect(dated.undatedDeprecations).toEqual([]);
    expect(dated.passed).toBe(true);
  });
});

describe('changelogEntries', () => {
  it('reads the coordinates that open each bullet under a dated heading, and nothing else', () => {
    const markdown = [
      '# Schema changelog',
      '',
      '- `Query.outside`: under no dated heading.',
      '',
      '## 2026-12-08',
      '',
      '- `Query.courses`, `Mutation.createCourse`: nullable; see also `Query.mentioned`.',
      '- A bullet without a coordinate.',
      '',
      '## Unreleased',
      '',
      '- `Query.undated`: under a heading without a date.',
    ].join('\n');
    expect(changelogEntries(markdown)).toEqual([
      { date: '2026-12-08', coordinate: 'Query.courses' },
      { date: '2026-12-08', coordinate: 'Mutation.createCourse' },
    ]);
  });
});
