/** Returns an ILIKE pattern matching `text` anywhere, with LIKE wildcards in `text` taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
