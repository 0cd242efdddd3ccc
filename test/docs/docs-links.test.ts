import { existsSync } from 'node:fs';
import path from 'node:path';

import { documentationFiles, headingAnchors, relativeLinks } from '../support/markdown-docs';
import { projectRoot } from '../support/project-root';

/** Returns why a relative link of a documentation file leads nowhere, or null when its file (and heading) exist. */
function brokenBecause(file: string, target: string): string | null {
  const [pathPart, anchor] = target.split('#', 2);
  const linked = pathPart === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(pathPart)));
  if (linked.startsWith('..') || !existsSync(path.join(projectRoot(), linked))) {
    return `${linked} does not exist`;
  }
  if (anchor !== undefined) {
    if (!linked.endsWith('.md')) {
      return `${linked} is not a markdown file, so it has no #${anchor}`;
    }
    if (!headingAnchors(linked).has(anchor)) {
      return `${linked} has no heading #${anchor}`;
    }
  }
  return null;
}

describe('the links of README.md and docs/', () => {
  it('each lead to a file of the repository and, with an anchor, to one of its headings', () => {
    const links = documentationFiles().flatMap(relativeLinks);
    expect(links.length).toBeGreaterThan(20);
    const broken = links
      .map((link) => ({ link, because: brokenBecause(link.file, link.target) }))
      .filter(({ because }) => because !== null)
      .map(({ link, because }) => `${link.file}:${link.line} (${link.target}): ${because}`);
    expect(broken).toEqual([]);
  });

  it('reach every file of docs/ from the README', () => {
    const fromReadme = new Set(relativeLinks('README.md').map(({ target }) => target.split('#')[0]));
    const unreached = documentationFiles().filter((file) => file !== 'README.md' && !fromReadme.has(file));
    expect(unreached).toEqual([]);
  });

  it('find a link that leads nowhere (the check can fail)', () => {
    expect(brokenBecause('docs/using.md', 'operating.md#no-such-heading')).toBe('docs/operating.md has no heading #no-such-heading');
    expect(brokenBecause('README.md', 'docs/nowhere.md')).toBe('docs/nowhere.md does not exist');
    expect(brokenBecause('docs/using.md', '#who-may-do-what')).toBeNull();
  });
});
