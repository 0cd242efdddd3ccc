import { ArgsType, Field, Int } from 'type-graphql';

import { SlicedListSize } from '../graphql/cost-directives';
import { BadUserInputError } from '../graphql/errors';

/** Page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** The forward-pagination arguments every connection field takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  first: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items that follow this cursor: the `endCursor` of the previous page.',
  })
  after?: string | null;
}

/**
 * Marks a field that takes PageArgs for the cost estimate (`@listSize`): its
 * page size arguments size its connection's `edges`. Every connection field
 * carries it, so that a page counts as the items it asks for.
 */
export function ConnectionListSize(): MethodDecorator & PropertyDecorator {
  return SlicedListSize(['first'], ['edges']);
}

/** Returns `first`, or the default page size when it is not given; throws BAD_USER_INPUT naming `argumentName` unless it is an integer from 1 to the maximum. */
export function checkPageSize(first: number | null | undefined, argumentName = 'first'): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(argumentName, `must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${size}.`);
  }
  return size;
}
