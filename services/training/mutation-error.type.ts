import { defineMutationErrors } from '../shared/platform/graphql';

/** The training subgraph's refusal codes and the `MutationError` its payloads carry. */
const mutationErrors = defineMutationErrors({
  COURSE_FULL: 'The course has as many active enrolments as its capacity.',
  COURSE_ENDED: 'The course ended before today.',
  ALREADY_ENROLLED: 'The artisan already holds an enrolment in this course.',
  ENROLLMENT_NOT_ACTIVE: 'The enrolment is withdrawn or already passed, so this change no longer applies.',
  NO_FINAL_EXAM: 'The course has no final exam, so no result can be recorded.',
  CAPACITY_BELOW_SEATS_TAKEN: 'The new capacity is below the number of seats already taken.',
});

/** Why a mutation of this subgraph refused to act, by name. */
export const MutationErrorCode = mutationErrors.MutationErrorCode;
/** A refusal as a mutation payload carries it. */
export const MutationError = mutationErrors.MutationError;
export type MutationError = InstanceType<typeof MutationError>;
