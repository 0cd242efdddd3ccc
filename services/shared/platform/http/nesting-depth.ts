/**
 * Returns how deeply the text nests braces, brackets and parentheses outside
 * its strings and comments (GraphQL's `"…"`, `"""…"""` and `# …`; JSON's
 * `"…"`), stopping as soon as it passes `limit`. It reads the text once,
 * without recursion, so that it can bound what a recursive parser would
 * overflow its stack on.
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end + 1;
    } else if (char === '"') {
      index = endOfString(text, index);
    } else if (char === '{' || char === '[' || char === '(') {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) {
          return deepest;
        }
      }
      index += 1;
    } else {
      if (char === '}' || char === ']' || char === ')') {
        depth = Math.max(depth - 1, 0);
      }
      index += 1;
    }
  }
  return deepest;
}

/** Returns the index just past the string that starts at `start` (a block string when it opens with three quotes). */
function endOfString(text: string, start: number): number {
  if (text.startsWith('"""', start)) {
    let index = start + 3;
    while (index < text.length) {
      if (text.startsWith('\\"""', index)) {
        index += 4;
      } else if (text.startsWith('"""', index)) {
        return index + 3;
      } else {
        index += 1;
      }
    }
    return text.length;
  }
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 2;
    } else if (char === '"' || char === '\n') {
      return index + 1;
    } else {
      index += 1;
    }
  }
  return text.length;
}
