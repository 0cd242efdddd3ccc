import { isDeepStrictEqual } from 'node:util';

import type { GraphOperation, Variables } from './graph-operations';

/** Posts one operation and returns its `data`, failing on a non-2xx status or any GraphQL error. */
export async function fetchData(url: string, operation: GraphOperation, variables: Variables): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.document, variables }),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${operation.name} at ${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  if (!response.ok || body.errors || body.data === undefined || body.data === null) {
    throw new Error(
      `${operation.name} at ${url} with ${JSON.stringify(variables)} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 1000)}`,
    );
  }
  return body.data;
}

/**
 * The correctness guard: fails unless `data` (one target's answer) equals
 * `expected` (the reference target's answer for the same variables), naming
 * the first path where they differ.
 */
export function assertSameData(
  operation: GraphOperation,
  variables: Variables,
  targets: [string, string],
  expected: unknown,
  data: unknown,
): void {
  if (isDeepStrictEqual(expected, data)) {
    return;
  }
  throw new Error(
    `${targets[1]} and ${targets[0]} give different data for ${operation.name} with ${JSON.stringify(variables)}, first at ${firstDifference(expected, data, '$')}`,
  );
}

function firstDifference(left: unknown, right: unknown, at: string): string {
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return `${at}: ${JSON.stringify(left)} against ${JSON.stringify(right)}`;
  }
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  for (const key of keys) {
    const [leftValue, rightValue] = [(left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]];
    if (!isDeepStrictEqual(leftValue, rightValue)) {
      return firstDifference(leftValue, rightValue, Array.isArray(left) ? `${at}[${key}]` : `${at}.${key}`);
    }
  }
  return `${at} (key order or type)`;
}
