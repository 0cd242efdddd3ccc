/** One change that schema/CHANGELOG.md lists: the schema coordinate it names, under the date of its heading. */
export interface ChangelogEntry {
  /** The heading's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** A schema coordinate: `Type`, `Type.field`, `Type.field(argument:)`, `Enum.VALUE`, `Input.field`, `@directive`. */
  readonly coordinate: string;
}

const DATED_HEADING = /^## (\d{4}-\d{2}-\d{2})\b/;
/** A bullet that opens with one or more coordinates in backticks, separated by commas, before a colon. */
const BULLET = /^- ((?:`[^`]+`(?:, )?)+):/;

/**
 * Returns the entries of a schema changelog (schema/CHANGELOG.md): every
 * coordinate named in backticks at the start of a bullet (`` - `Query.courses`: … ``,
 * or several: `` - `Query.a`, `Query.b`: … ``) under a heading `## YYYY-MM-DD`.
 * Bullets outside a dated heading, and coordinates later in a bullet's text, list nothing.
 */
export function changelogEntries(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let date: string | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) {
      date = DATED_HEADING.exec(line)?.[1];
      continue;
    }
    const bullet = BULLET.exec(line);
    if (date && bullet) {
      for (const [, coordinate] of bullet[1].matchAll(/`([^`]+)`/g)) {
        entries.push({ date, coordinate });
      }
    }
  }
  return entries;
}
