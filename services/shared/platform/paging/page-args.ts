import { ArgsType, Field, Int } from 'type-graphql';

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
