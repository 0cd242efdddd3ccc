/**
 * Returns how deeply a parsed JSON value nests objects and arrays (a scalar
 * is 0), stopping as soon as it passes `limit`. It walks with a stack of its
 * own rather than recursion, so that a value nested past any call stack is
 * measured, not crashed on.
 */
export function valueDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') {
      continue;
    }
    const inside = depth + 1;
    if (inside > deepest) {
      deepest = inside;
      if (deepest > limit) {
        return deepest;
      }
    }
    for (const child of Object.values(current as Record<string, unknown>)) {
      pending.push([child, inside]);
    }
  }
  return deepest;
}
