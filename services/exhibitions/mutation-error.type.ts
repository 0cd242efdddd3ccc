import { defineMutationErrors } from '../shared/platform/graphql';

/** The exhibitions subgraph's refusal codes and the `MutationError` its payloads carry. */
const mutationErrors = defineMutationErrors({
  ALREADY_REGISTERED: 'The artisan is already registered as an exhibitor of this exhibition.',
  NOT_REGISTERED: 'The artisan is not registered as an exhibitor of this exhibition.',
  EXHIBITION_ENDED: 'The exhibition ended before today, so its exhibitors and its status no longer change.',
  EXHIBITION_CANCELLED: 'The exhibition has been cancelled, so it no longer changes.',
  ALREADY_DESIGNATED: 'The place already holds this world craft designation.',
});

/** Why a mutation of this subgraph refused to act, by name. */
export const MutationErrorCode = mutationErrors.MutationErrorCode;
/** A refusal as a mutation payload carries it. */
export const MutationError = mutationErrors.MutationError;
export type MutationError = InstanceType<typeof MutationError>;
