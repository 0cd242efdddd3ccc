import { defineMutationErrors } from '../shared/platform/graphql';

/** The trade subgraph's refusal codes and the `MutationError` its payloads carry. */
const mutationErrors = defineMutationErrors({
  FIGURE_ALREADY_RECORDED:
    'The source already has a figure for this period, channel, destination, craft and province; correct that figure instead.',
});

/** Why a mutation of this subgraph refused to act, by name. */
export const MutationErrorCode = mutationErrors.MutationErrorCode;
/** A refusal as a mutation payload carries it. */
export const MutationError = mutationErrors.MutationError;
export type MutationError = InstanceType<typeof MutationError>;
