/**
 * Thrown inside a mutation's transaction to roll it back and refuse with a
 * payload error (`error { code message field }`) instead of a top-level error.
 * `code` is one of the refusing subgraph's `MutationErrorCode` values.
 */
export class MutationRefusal<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }

  /** Returns the refusal as the `MutationError` a payload carries. */
  toMutationError(): { code: TCode; message: string; field: string | null } {
    return { code: this.code, message: this.message, field: this.field };
  }
}

/** The refusal every subgraph can give: a record named in the input does not exist. */
export const NOT_FOUND = 'NOT_FOUND';
