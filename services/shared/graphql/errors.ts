import { GraphQLError } from 'graphql';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The closed set of `extensions.code` values on top-level GraphQL errors that
 * this graph raises itself (Apollo Server adds its own parse and validation codes).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

/** A caller mistake in one argument: `extensions.code` is BAD_USER_INPUT and `extensions.argumentName` names it. */
export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, problem: string) {
    super(`Invalid value for "${argumentName}": ${problem}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
    });
  }
}

/**
 * Another service that an operation depends on (a peer subgraph) did not
 * answer, so the operation stopped before writing anything:
 * `extensions.code` is SERVICE_UNAVAILABLE and `extensions.service` names it.
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor(service: string, reason: string) {
    super(`The ${service} service did not answer (${reason}); nothing was written. Try again later.`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service },
    });
  }
}

/** Why a mutation refused to act: expected outcomes that a client can show or act on. */
export enum MutationErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  COURSE_FULL = 'COURSE_FULL',
  COURSE_ENDED = 'COURSE_ENDED',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  ENROLLMENT_NOT_ACTIVE = 'ENROLLMENT_NOT_ACTIVE',
  NO_FINAL_EXAM = 'NO_FINAL_EXAM',
  CAPACITY_BELOW_SEATS_TAKEN = 'CAPACITY_BELOW_SEATS_TAKEN',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  NOT_REGISTERED = 'NOT_REGISTERED',
  EXHIBITION_ENDED = 'EXHIBITION_ENDED',
  EXHIBITION_CANCELLED = 'EXHIBITION_CANCELLED',
  ALREADY_DESIGNATED = 'ALREADY_DESIGNATED',
  FIGURE_ALREADY_RECORDED = 'FIGURE_ALREADY_RECORDED',
}

registerEnumType(MutationErrorCode, {
  name: 'MutationErrorCode',
  description: 'Why a mutation refused to act.',
  valuesConfig: {
    NOT_FOUND: { description: 'A record named in the input does not exist.' },
    COURSE_FULL: { description: 'The course has as many active enrolments as its capacity.' },
    COURSE_ENDED: { description: 'The course ended before today.' },
    ALREADY_ENROLLED: { description: 'The artisan already holds an enrolment in this course.' },
    ENROLLMENT_NOT_ACTIVE: { description: 'The enrolment is withdrawn or already passed, so this change no longer applies.' },
    NO_FINAL_EXAM: { description: 'The course has no final exam, so no result can be recorded.' },
    CAPACITY_BELOW_SEATS_TAKEN: { description: 'The new capacity is below the number of seats already taken.' },
    ALREADY_REGISTERED: { description: 'The artisan is already registered as an exhibitor of this exhibition.' },
    NOT_REGISTERED: { description: 'The artisan is not registered as an exhibitor of this exhibition.' },
    EXHIBITION_ENDED: { description: 'The exhibition ended before today, so its exhibitors and its status no longer change.' },
    EXHIBITION_CANCELLED: { description: 'The exhibition has been cancelled, so it no longer changes.' },
    ALREADY_DESIGNATED: { description: 'The place already holds this world craft designation.' },
    FIGURE_ALREADY_RECORDED: { description: 'The source already has a figure for this period, channel, destination, craft and province; correct that figure instead.' },
  },
});

/** An expected refusal, returned in a mutation payload instead of a top-level error. */
@Directive('@shareable')
@ObjectType({ description: 'Why a mutation refused to act; nothing was written.' })
export class MutationError {
  @Field(() => MutationErrorCode, { description: 'Stable code for programs to act on.' })
  code: MutationErrorCode;

  @Field({ description: 'Explanation for people, in English.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field the refusal is about, when there is one (for example `courseId`).' })
  field: string | null;
}

/** Thrown inside a mutation's transaction to roll it back and refuse with a payload error. */
export class MutationRefusal extends Error {
  constructor(
    readonly code: MutationErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }

  /** Returns the refusal as the `MutationError` a payload carries. */
  toMutationError(): MutationError {
    return Object.assign(new MutationError(), { code: this.code, message: this.message, field: this.field });
  }
}
