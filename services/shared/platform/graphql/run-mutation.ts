import { MutationRefusal } from '../refusal';

/**
 * Runs a mutation body and returns its payload. A `MutationRefusal` thrown by
 * the body (its transaction already rolled back) becomes `{ error }`; any other
 * failure propagates as a top-level error. After a successful write the
 * operation's loaders forget what they cached, so that the payload's fields
 * read the new state.
 */
export async function runMutation<TPayload extends object>(
  loaders: Record<string, { clearAll(): unknown }>,
  body: () => Promise<TPayload>,
): Promise<TPayload | { error: ReturnType<MutationRefusal['toMutationError']> }> {
  try {
    const payload = await body();
    for (const loader of Object.values(loaders)) {
      loader.clearAll();
    }
    return payload;
  } catch (error) {
    if (error instanceof MutationRefusal) {
      return { error: error.toMutationError() };
    }
    throw error;
  }
}
