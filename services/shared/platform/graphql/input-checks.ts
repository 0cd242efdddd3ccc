import { BadUserInputError } from './errors';

/** Returns `value` trimmed; throws BAD_USER_INPUT naming the argument when nothing is left. */
export function trimmedText(argumentName: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') {
    throw new BadUserInputError(argumentName, 'must not be blank.');
  }
  return trimmed;
}

/** Returns `value` trimmed, or null when absent or blank. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Throws BAD_USER_INPUT naming `endName` when both dates are given and the end precedes the start. */
export function checkDateOrder(startName: string, start: string | null | undefined, endName: string, end: string | null | undefined): void {
  if (start && end && end < start) {
    throw new BadUserInputError(endName, `${end} precedes ${startName} ${start}.`);
  }
}

/** Throws BAD_USER_INPUT naming the argument when `value` lies outside `min`..`max`. */
export function checkRange(argumentName: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadUserInputError(argumentName, `must be from ${min} to ${max}, got ${value}.`);
  }
}
