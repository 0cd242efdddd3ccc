import { ArgsType, Field, Int } from 'type-graphql';

import { SlicedListSize } from '../graphql/cost-directives';
import { BadUserInputError } from '../graphql/errors';

/** Page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/**
 * The paging arguments every connection field takes, as the Relay cursor
 * connection specification and GitHub's API have them: `first` (and `after`)
 * pages forwards, `last` (and `before`) backwards; `after` and `before` may be
 * combined to page within a range.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start of the list (or after \`after\`), from 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given. Not with \`last\`.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items that follow this cursor: the `endCursor` of the previous page (of the same field and arguments).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the end of the list (or before \`before\`), from 1 to ${MAX_PAGE_SIZE}, still in list order. Not with \`first\`.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items that precede this cursor: the `startCursor` of the next page (of the same field and arguments).',
  })
  before?: string | null;
}

/**
 * Marks a field that takes PageArgs for the cost estimate (`@listSize`): its
 * `first` or `last` sizes its connection's `edges`, the default page when
 * neither is given. Every connection field carries it, so that a page counts
 * as the items it asks for.
 */
export function ConnectionListSize(): MethodDecorator & PropertyDecorator {
  return SlicedListSize(['first', 'last'], ['edges'], DEFAULT_PAGE_SIZE);
}

/** Returns `first`, or the default page size when it is not given; throws BAD_USER_INPUT naming `argumentName` unless it is an integer from 1 to the maximum. */
export function checkPageSize(first: number | null | undefined, argumentName = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(argumentName, `must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${size}.`);
  }
  return size;
}
