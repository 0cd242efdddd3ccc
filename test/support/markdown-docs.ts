import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from './project-root';

/** A fenced block of a documentation file, with the reason it is not run when a marker comment right before it gives one. */
export interface FencedBlock {
  /** The file, relative to the project root (`README.md`, `docs/using.md`). */
  readonly file: string;
  /** The line of the opening fence, from 1. */
  readonly line: number;
  /** The language after the opening fence (`graphql`, `sh`, …); empty when none. */
  readonly language: string;
  readonly text: string;
  /** The reason of a `<!-- not run: … -->` comment on the line before the fence: null without one, empty when it gives none. */
  readonly notRunBecause: string | null;
}

/** A relative link of a documentation file: where it points, as written. */
export interface MarkdownLink {
  readonly file: string;
  readonly line: number;
  readonly target: string;
}

const NOT_RUN = /^<!--\s*not run:(.*?)-->\s*$/;

/** Returns the documentation files every reader is sent to: README.md and each docs/*.md, relative to the project root. */
export function documentationFiles(): string[] {
  const docs = readdirSync(path.join(projectRoot(), 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/** Returns the text of a documentation file, by its path relative to the project root. */
export function readDocumentation(file: string): string {
  return readFileSync(path.join(projectRoot(), file), 'utf8');
}

/** Returns every fenced block of a documentation file, in order. */
export function fencedBlocks(file: string): FencedBlock[] {
  const lines = readDocumentation(file).split('\n');
  const blocks: FencedBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^```(\S*)\s*$/.exec(lines[index]);
    if (!opening) {
      continue;
    }
    const end = lines.findIndex((line, after) => after > index && line.startsWith('```'));
    if (end === -1) {
      throw new Error(`${file}:${index + 1}: a fenced block is never closed`);
    }
    const marker = NOT_RUN.exec(lines[index - 1] ?? '');
    blocks.push({
      file,
      line: index + 1,
      language: opening[1],
      text: lines.slice(index + 1, end).join('\n'),
      notRunBecause: marker ? marker[1].trim() : null,
    });
    index = end;
  }
  return blocks;
}

/** Returns the lines of a documentation file outside its fenced blocks, each with its number from 1. */
function proseLines(file: string): Array<{ line: number; text: string }> {
  const prose: Array<{ line: number; text: string }> = [];
  let fenced = false;
  readDocumentation(file)
    .split('\n')
    .forEach((text, index) => {
      if (text.startsWith('```')) {
        fenced = !fenced;
      } else if (!fenced) {
        prose.push({ line: index + 1, text });
      }
    });
  return prose;
}

/** Returns the links of a documentation file that point inside the repository (not http, https or mailto), in order. */
export function relativeLinks(file: string): MarkdownLink[] {
  return proseLines(file).flatMap(({ line, text }) =>
    // Inline code shows links rather than making them.
    [...text.replace(/(`+)(?:(?!\1).)+\1/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^(https?|mailto):/.test(target))
      .map((target) => ({ file, line, target })),
  );
}

/** Returns the anchors GitHub gives the headings of a documentation file (`## Edges: connections` is `edges-connections`). */
export function headingAnchors(file: string): Set<string> {
  const anchors = new Set<string>();
  for (const { text } of proseLines(file)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(text);
    if (!heading) {
      continue;
    }
    const base = heading[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    let anchor = base;
    for (let repeat = 1; anchors.has(anchor); repeat++) {
      anchor = `${base}-${repeat}`;
    }
    anchors.add(anchor);
  }
  return anchors;
}
